using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Two bare hours as a range after the day they are on: Donnerstag Vormittag von 9 bis 11, giovedì dalle nove alle undici,
// giovedì tra le nove e le undici. Alone, "von 9 bis 11" may count anything; after a day or a part of it they are hours.
internal sealed partial class TimeParser
{
    /// <summary>A range of two bare hours at token k on <paramref name="day"/> (a day, or a day with its part, which sets the
    /// half of the day: "Freitag Abend von 7 bis 9" is 19:00 to 21:00).</summary>
    private Parse? BareHourRangeOn(int start, int k, Parse day)
    {
        if (day.Unresolved || day.Date is not { Precision: DatePrecision.Day } date)
            return null;
        LexKind close;
        if (Lex(k, LexKind.RangeFrom, out var afterOpen))
            close = LexKind.RangeTo;
        else if (Lex(k, LexKind.RangeBetween, out afterOpen))
            close = LexKind.RangeAnd;
        else
            return null;
        if (FullHour(SkipDeterminer(afterOpen)) is not { Clock: { } from } first || !Lex(first.End, close, out var afterClose) ||
            FullHour(SkipDeterminer(afterClose)) is not { Clock: { } to } second || _t.LineBreakBefore(second.End))
            return null;
        var part = day.Clock?.Part;
        from = AfterNoonIf(part, first) ?? from;
        to = AfterNoonIf(part, second) ?? to;
        // "dalle tre all'una": an end before the start, with no half of the day said, is in the afternoon.
        if (to.Hour < from.Hour && to.Hour + 12 > from.Hour && to.Hour < 12)
            to = to with { Hour = to.Hour + 12 };
        if (to.Hour <= from.Hour)
            return null;
        var prefix = date.Format();
        var fromValue = prefix + from.Format();
        var toValue = prefix + to.Format();
        return new Parse(start, second.End, TimexType.TIME, "day-hour-range")
        {
            Value = fromValue + "/" + toValue,
            TakesDeterminer = day.TakesDeterminer,
            Priority = 4,
            Parts =
            [
                new Parse(first.Start, first.End, TimexType.TIME, "day-hour-range-from") { Value = fromValue },
                new Parse(second.Start, second.End, TimexType.TIME, "day-hour-range-to") { Value = toValue },
            ],
        };
    }
}

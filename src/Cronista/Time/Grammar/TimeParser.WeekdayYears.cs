using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// A weekday written with a month-day that has no year: in an agenda, the weekday picks the year ("Fri, Jul 18" in a
// 2013 schedule is 2014, the next year in which July 18 is a Friday).
internal sealed partial class TimeParser
{
    /// <summary>In a forward-looking text, a month-day without its year whose weekday does not match the inferred year is the next
    /// one on that weekday. News keeps the inferred year: there a weekday that does not match is more often a slip.</summary>
    private Parse WeekdayAgreed(Parse date, int weekday, int start)
    {
        if (!_forward || date is not { Value: null, Unresolved: false, Date: { Precision: DatePrecision.Day, Year: { } year } day } ||
            WrittenYearIn(date.Start, date.End) || day.Day > 28 && day.Month == 2 || EndOfRange(start))
            return date;
        for (var y = year; y <= year + 11; y++)
        {
            if (HolidayRule.IsoWeekday(new DateOnly(y, day.Month, day.Day)) == weekday)
                return y == year ? date : date with { Date = day with { Year = y } };
        }
        return date;
    }

    /// <summary>"Jul 18, Fri": a weekday after the date, joined to it where it agrees (or, in an agenda, picks its year).</summary>
    private Parse TrailingWeekday(Parse date)
    {
        if (!_t.IsChar(date.End, ',') || _t.LineBreakBefore(date.End + 1) || !Lex(date.End + 1, LexKind.Weekday, out var weekday, out var end) || weekday.Plural ||
            Is(end, LexKind.Modifier) || IsContentWord(end) || date is not { Date: { Precision: DatePrecision.Day } })
            return date;
        var agreed = WeekdayAgreed(date, weekday.Number, date.Start);
        if (agreed.Date is not { Year: { } y } d || HolidayRule.IsoWeekday(new DateOnly(y, d.Month, d.Day)) != weekday.Number)
            return date;
        return agreed with { End = end, Rule = date.Rule + "+weekday" };
    }

    /// <summary>True when the words before token i open or close a range ("du samedi 13 au dimanche 15 juillet"): the year of a
    /// range's end is the range's, not its own weekday's.</summary>
    private bool EndOfRange(int i) =>
        Precedes(i, LexKind.RangeFrom) || Precedes(i, LexKind.RangeTo) || Precedes(i, LexKind.RangeBetween) || Precedes(i, LexKind.RangeAnd) || _t.IsDash(i - 1);
}

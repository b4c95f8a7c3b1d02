using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// A start and a length that make one interval: "from Dec. 18 for 10 days", "4 p.m. for 30 minutes", "for two weeks from June 5".
internal sealed partial class TimeParser
{
    /// <summary>A day or clock time followed by "for" and an amount of time, or the amount of time followed by "from" and the
    /// start: the interval from the start to the start plus the amount. Its two ends stay the expressions TimeML tags.</summary>
    private Parse? StartAndLength(int j)
    {
        var from = Lex(j, LexKind.RangeFrom, out var afterFrom) ? afterFrom : j;
        if (Start(from) is { } start && !_t.LineBreakBefore(start.End) && Lex(start.End, LexKind.LengthCue, out var afterFor) &&
            Length(afterFor, start) is { } length)
            return Spanning(j, length.End, start, length);
        // "for 10 days from Dec. 18": the amount first (the "for" before it stays outside, as with any length of time).
        if (!Precedes(j, LexKind.LengthCue) || Duration(j) is not { } amount || !Lex(amount.End, LexKind.RangeFrom, out var afterOpen) ||
            _t.LineBreakBefore(amount.End) || Start(afterOpen) is not { } later || Length(j, later) is not { } counted || counted.End != amount.End)
            return null;
        return Spanning(j, later.End, later, counted);
    }

    /// <summary>A start for a length: a day, or a clock time with its day.</summary>
    private Parse? Start(int i)
    {
        // "Monday at 9 a.m. for two hours": the clock time with its day.
        if (DateWithTime(i) is { Type: TimexType.TIME, Clock.Hour: >= 0, Unresolved: false } dated && dated.TimexValue() is { Length: 16 })
            return dated;
        if (ClockAt(i) is { Clock.Hour: >= 0 } clock && !clock.Unresolved && clock.TimexValue() is { Length: 16 })
            return clock;
        if (DatePoint(i) is { Date.Precision: DatePrecision.Day, Value: null, Unresolved: false } day && day.Date?.Year is not null)
            return day;
        return null;
    }

    /// <summary>An amount of time that fits its start: days, weeks or months after a day; minutes or hours after a clock time.</summary>
    private Parse? Length(int i, Parse start)
    {
        if (!CountedUnit(i, out var amount, out var unit, out var end) || amount is not { } n || n != decimal.Truncate(n) || n is < 1 or > 999)
            return null;
        var clock = start.Type == TimexType.TIME;
        if (clock ? unit is not ("MIN" or "H") : unit is not ("D" or "W" or "M"))
            return null;
        return Duration(i) is { Type: TimexType.DURATION } duration && duration.End == end ? duration : null;
    }

    private Parse? Spanning(int j, int end, Parse start, Parse length)
    {
        CountedUnit(length.Start, out var amount, out var unit, out _);
        var n = (int)amount!.Value;
        var first = start.TimexValue()!;
        string last;
        if (start.Type == TimexType.TIME)
        {
            var at = DateTime.ParseExact(first, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            last = (unit == "H" ? at.AddHours(n) : at.AddMinutes(n)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        }
        else
        {
            var day = DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            last = TimexDate.Of(unit switch { "W" => day.AddDays(7 * n), "M" => day.AddMonths(n), _ => day.AddDays(n) }).Format();
        }
        return new Parse(j, end, start.Type, "start-and-length")
        {
            Value = first + "/" + last,
            TakesDeterminer = true,
            Priority = 3,
            Parts = [start, length],
        };
    }
}

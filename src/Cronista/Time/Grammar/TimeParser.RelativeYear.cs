using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// A month or a day of a month placed in a year named relative to now: "March next year", "June 30 of last year",
// "March two years ago".
internal sealed partial class TimeParser
{
    /// <summary>A month or month-day without its year, then "next year", "of last year", "this year": one date in that year
    /// ("in March next year" written in 2025 is 2026-03, not March and 2026 apart).</summary>
    private Parse? DateInRelativeYear(int j)
    {
        int baseEnd;
        TimexDate date;
        // Not DatePoint: this rule is one of its readings.
        if (ExplicitDate(j) is { Value: null, Unresolved: false, Date: { Precision: DatePrecision.Day } day } dayParse &&
            !WrittenYearIn(j, dayParse.End))
            (baseEnd, date) = (dayParse.End, day);
        else if (Lex(j, LexKind.Month, out var month, out var afterMonth) && !month.WithDay)
            (baseEnd, date) = (afterMonth, new TimexDate(DatePrecision.Month, null, month.Number));
        else
            return null;
        if (_t.LineBreakBefore(baseEnd))
            return null;
        if (RelativeYearAfter(baseEnd) is not { Date.Year: { } year } relative)
            return null;
        if (date.Precision == DatePrecision.Day && date.Day > DateTime.DaysInMonth(year, date.Month))
            return null;
        return new Parse(j, relative.End, TimexType.DATE, "date-in-relative-year")
        {
            Date = date with { Year = year },
            TakesDeterminer = true,
            Priority = 3,
        };
    }

    /// <summary>True when a four-digit year or an apostrophe year ('25) stands between two tokens.</summary>
    private bool WrittenYearIn(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (YearNumber(i, out _) || _t.IsChar(i, '\'') || _t.IsChar(i, '’'))
                return true;
        }
        return false;
    }

    /// <summary>A year named relative to now right after <paramref name="baseEnd"/>, past a comma or "of": "next year", "of
    /// last year", or a count of years from now ("two years ago"; in an agenda "in a year").</summary>
    private Parse? RelativeYearAfter(int baseEnd)
    {
        var k = _t.IsChar(baseEnd, ',') ? baseEnd + 1 : baseEnd;
        if (Lex(k, LexKind.Of, out var afterOf))
            k = afterOf;
        var relative = RelativePeriod(SkipDeterminer(k)) ?? AgoOrLater(baseEnd);
        return relative is { Date: { Precision: DatePrecision.Year, Year: not null } } && !relative.FromReference ? relative : null;
    }
}

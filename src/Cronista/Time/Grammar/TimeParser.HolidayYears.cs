using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// A holiday placed in a year named relative to now: "Christmas last year", "Thanksgiving of next year", "Easter two years ago".
internal sealed partial class TimeParser
{
    /// <summary>A holiday without its year, then "last year", "of next year", "this year" or a count of years from now: that year's
    /// occurrence, one date (as <see cref="DateInRelativeYear"/> reads "March next year").</summary>
    private Parse? HolidayInRelativeYear(int j)
    {
        var k = Lex(j, LexKind.HolidayLead, out var afterLead) && Is(afterLead, LexKind.Holiday) ? afterLead : j;
        if (!Lex(k, LexKind.Holiday, out var holiday, out var baseEnd) || _anchor is null || _t.LineBreakBefore(baseEnd) || YearNumber(baseEnd, out _))
            return null;
        // The same guard as a holiday alone: "Taha Yassin Ramadan last year" ends a name.
        if (HolidayDate(j) is not { } alone || alone.End != baseEnd)
            return null;
        if (RelativeYearAfter(baseEnd) is not { Date.Year: { } year } relative)
            return null;
        // "over Christmas, last year's record fell": the year owns what follows.
        if (_t.Norm(relative.End) == "'s")
            return null;
        if (_holidays.On(holiday.Value, year) is not { } first)
            return null;
        return new Parse(j, relative.End, TimexType.DATE, "holiday-in-relative-year")
        {
            Date = TimexDate.Of(first),
            Value = _holidays.LastDay(holiday.Value, first) is { } last ? $"{TimexDate.Of(first).Format()}/{TimexDate.Of(last).Format()}" : null,
            TakesDeterminer = true,
            Priority = 3,
        };
    }
}

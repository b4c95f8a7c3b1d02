using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// A weekday owned by a week named relative to now: "last week's Sunday", "next week's Friday".
internal sealed partial class TimeParser
{
    /// <summary>"last week's Sunday", "next week's Friday": that weekday of that (ISO) week, one date rather than a week and a
    /// weekday apart ("Sunday of last week" is read by <see cref="WeekdayDate"/>).</summary>
    private Parse? WeekdayInRelativeWeek(int j)
    {
        if (RelativeWeek(j) is { } named && _t.Norm(named.End) == "'s" && _t.GluedToPrevious(named.End) &&
            Lex(named.End + 1, LexKind.Weekday, out var owned, out var end) && !owned.Plural)
            return WeekdayOf(j, end, named, owned.Number);
        return null;
    }

    /// <summary>"last week", "next week", "this week" read from now (not "the following week", which needs a date under discussion).</summary>
    private Parse? RelativeWeek(int j) =>
        RelativePeriod(j) is { Date: { Precision: DatePrecision.Week, Year: not null }, FromReference: false } week ? week : null;

    private static Parse WeekdayOf(int start, int end, Parse week, int isoWeekday)
    {
        var date = week.Date!.Value;
        var day = DateOnly.FromDateTime(ISOWeek.ToDateTime(date.Year!.Value, date.Part, isoWeekday == 7 ? DayOfWeek.Sunday : (DayOfWeek)isoWeekday));
        return new Parse(start, end, TimexType.DATE, "weekday-in-week") { Date = TimexDate.Of(day), TakesDeterminer = true, Priority = 3 };
    }
}

using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// A weekday placed in a week named relative to now: "Sunday of last week", "last week's Sunday", "Friday of next week".
internal sealed partial class TimeParser
{
    /// <summary>A weekday, "of", then "last week" / "next week" / "this week"; or the week with "'s" before the weekday: that weekday of
    /// that (ISO) week, one date rather than a weekday and a week apart.</summary>
    private Parse? WeekdayInRelativeWeek(int j)
    {
        if (Lex(j, LexKind.Weekday, out var weekday, out var k) && !weekday.Plural)
        {
            if (_t.LineBreakBefore(k) || !Lex(k, LexKind.Of, out var afterOf))
                return null;
            if (RelativeWeek(SkipDeterminer(afterOf)) is not { } week)
                return null;
            return WeekdayOf(j, week.End, week, weekday.Number);
        }
        // "last week's Sunday": the possessive glued to the week.
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

using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Weekdays counted from now ("three Fridays from now", "two Thursdays ago", "Friday after next", "the Tuesday before last"),
// and days, weekdays and weeks counted back from the end of a month or year ("the second last week of October").
internal sealed partial class TimeParser
{
    /// <summary>A count of a weekday and a word that puts it ahead or behind: "three Fridays from now" is the third Friday
    /// ahead, "two Thursdays ago" the second one back (the publication day not counted).</summary>
    private Parse? CountedWeekday(int j)
    {
        if (!Count(j, out var amount, out var weak, out var k) || weak || amount is not { } n || n != decimal.Truncate(n) || n is < 1 or > 52 ||
            _t.LineBreakBefore(k) || !Lex(k, LexKind.Weekday, out var weekday, out var afterWeekday) || !weekday.Plural && n != 1 ||
            !Lex(afterWeekday, LexKind.AgoAfter, out var ago, out var end) || ago.Value is not ("" or "AHEAD"))
            return null;
        var ahead = ago.Value == "AHEAD";
        DateOnly? date = _anchor is { } a
            ? Anchoring.Weekday(a, weekday.Number, ahead ? Direction.Future : Direction.Past, strict: true).AddDays((ahead ? 7 : -7) * ((int)n - 1))
            : null;
        return new Parse(j, end, TimexType.DATE, ahead ? "weekdays-later" : "weekdays-ago")
        {
            Date = date is { } d ? TimexDate.Of(d) : UnknownDay,
            Unresolved = date is null,
            Priority = 2,
        };
    }

    /// <summary>A weekday with a modifier after it that skips one ("Friday after next", "Tuesday before last"; strict
    /// NEXT2/LAST2 rows), unless the modifier opens a period of its own ("Friday after next week's vote").</summary>
    private Parse? WeekdayAfterNext(int j)
    {
        if (!Lex(j, LexKind.Weekday, out var weekday, out var k) || weekday.Plural || weekday.Strict || _t.LineBreakBefore(k) ||
            !Lex(k, LexKind.Modifier, out var modifier, out var end) || !modifier.Strict || modifier.Value is not ("NEXT2" or "LAST2") ||
            OpensPeriod(modifier, end))
            return null;
        return WeekdayWithModifier(j, end, weekday.Number, modifier.Value, "weekday-after-next");
    }

    /// <summary>True when a two-word modifier after a noun ("after next") is rather the start of another period: "the week after
    /// next Monday", "the week before last Christmas".</summary>
    private bool OpensPeriod(LexEntry modifier, int end) =>
        modifier.Value is "NEXT2" or "LAST2" && modifier.Strict &&
        (Is(end, LexKind.Unit) || Is(end, LexKind.Weekday) || Is(end, LexKind.Month) || Is(end, LexKind.Season) || Is(end, LexKind.Holiday) ||
         IsContentWord(end));

    /// <summary>The nth weekday, day, week or weekend counted back from the end of a month, or of a year when
    /// <paramref name="month"/> is 0: "the second last week of October" is the whole week before the last one in October.</summary>
    private static Parse? CountedFromEnd(int start, int end, int year, int month, int weekday, string? unit, int nth)
    {
        var first = new DateOnly(year, month == 0 ? 1 : month, 1);
        var last = month == 0 ? new DateOnly(year, 12, 31) : first.AddMonths(1).AddDays(-1);
        // A week or weekend is counted by its Sunday, so that only whole ones inside the month or year count.
        var counted = weekday > 0 ? weekday : unit is "W" or "WE" ? 7 : 0;
        DateOnly date;
        if (counted > 0)
        {
            var lastOne = last.AddDays(-((HolidayRule.IsoWeekday(last) - counted + 7) % 7));
            date = lastOne.AddDays(-7 * (nth - 1));
            if (unit is "W" or "WE" && date.AddDays(-6) < first || date < first)
                return null;
        }
        else
        {
            date = last.AddDays(-(nth - 1));
            if (date < first)
                return null;
        }
        var value = unit is "W" or "WE" ? TimexDate.WeekOf(date, weekend: unit == "WE") : TimexDate.Of(date);
        return new Parse(start, end, TimexType.DATE, "nth-from-end") { Date = value, TakesDeterminer = true, Priority = 3 };
    }

    /// <summary>"Thu 15th", "Sat 21": an abbreviated weekday with a bare day number right after it is that day in a nearby
    /// month (a month name after the number is read by ExplicitDate; a clock time "Thu 8:00" is not a day).</summary>
    private Parse? AbbreviatedWeekdayDay(int j, int k, int weekday)
    {
        if (_t.IsChar(k, '.') && _t.GluedToPrevious(k))
            k++;
        if (_t.LineBreakBefore(k) || !DayNumber(k, out var day, out var end) || _t.IsWord(k) || Is(end, LexKind.Month) || Is(end, LexKind.Unit) ||
            _t.IsChar(end, ':') || Is(end, LexKind.ClockSuffix) || Is(end, LexKind.Meridiem) || IsContentWord(end) || _anchor is not { } anchor ||
            WeekdayInNearbyMonth(anchor, weekday, day) is not { } date)
            return null;
        return new Parse(j, end, TimexType.DATE, "weekday-day") { Date = TimexDate.Of(date), Priority = 1 };
    }
}

using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Weekdays counted from now: "three Fridays from now", "two Thursdays ago", "Friday after next", "the Tuesday before last".
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
    /// next Monday", "March after next week's vote".</summary>
    private bool OpensPeriod(LexEntry modifier, int end) =>
        modifier.Value is "NEXT2" or "LAST2" && modifier.Strict &&
        (Is(end, LexKind.Unit) || Is(end, LexKind.Weekday) || Is(end, LexKind.Month) || Is(end, LexKind.Season) || IsContentWord(end));
}

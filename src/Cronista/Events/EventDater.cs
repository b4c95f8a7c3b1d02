using System.Globalization;
using Cronista.Core;
using Cronista.Time;

namespace Cronista.Events;

/// <summary>Dates an event: a time expression in its own clause that fits its tense; else the date of an earlier event of the
/// same account that shares a participant (the narrative's reference time); else the publication date, flagged.</summary>
internal sealed class EventDater(EventLexicon lexicon)
{
    // How many tokens from its trigger a time expression may stand and still date the event.
    private const int Reach = 15;

    // How many earlier events are looked through for the narrative's reference time.
    private const int NarrativeReach = 50;

    public void Date(SentenceWords sentence, EventDraft draft, IEnumerable<TimeExpression> times, TextSpan? cue, IReadOnlyList<EventDraft> earlier, DateOnly? published)
    {
        var trigger = sentence.Local(draft.TriggerStart);
        var own = times
            .Where(t => t.Value is not null && t.Type is TimexType.DATE or TimexType.TIME && sentence.Sentence.Span.Contains(t.Span))
            .Where(t => cue is not { } c || !c.Overlaps(t.Span))
            .Select(t => (Time: t, Token: sentence.Local(sentence.Index.TokenAt(t.Span.Start))))
            .Where(t => t.Token >= 0 && t.Token < sentence.Words.Length && !sentence.Quoted[t.Token] && Math.Abs(t.Token - trigger) <= Reach && SameClause(sentence, trigger, t.Token))
            .OrderBy(t => Math.Abs(t.Token - trigger))
            .Select(t => t.Time.Value!)
            .FirstOrDefault(value => Fits(value, draft.Mode, published));
        if (own is not null)
        {
            draft.Date = new EventDate(own, EventDateSource.Expression);
            return;
        }
        // The narrative's reference time: the last dated event of the same account with the same actor, else sharing anyone.
        // An ongoing state (a war) has no such point in the story.
        var participants = draft.Participants.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var actors = draft.Actors.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var dated = draft.Mode == EventMode.Ongoing ? [] : earlier.TakeLast(NarrativeReach).Where(e => e.Date is { Source: EventDateSource.Expression } date && e.Account == draft.Account && Fits(date.Value, draft.Mode, published)).ToList();
        var narrative = dated.LastOrDefault(e => e.Participants.Any(p => actors.Contains(p.Id)))
                        ?? dated.LastOrDefault(e => e.Participants.Any(p => participants.Contains(p.Id)));
        if (narrative?.Date is { } reference)
        {
            draft.Date = new EventDate(reference.Value, EventDateSource.Narrative);
            return;
        }
        if (draft.Mode == EventMode.Planned)
            draft.Date = new EventDate("FUTURE_REF", EventDateSource.Publication);
        else if (published is { } day)
            draft.Date = new EventDate(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), EventDateSource.Publication);
    }

    /// <summary>No relative or reported clause stands between the trigger and the time (… il 15 agosto, che ricorda … del 1910-1945).</summary>
    private bool SameClause(SentenceWords sentence, int trigger, int time)
    {
        var (from, to) = trigger < time ? (trigger, time) : (time, trigger);
        for (var k = from + 1; k < to; k++)
        {
            if (lexicon.Complementizers.Contains(sentence.Words[k]) && !sentence.Quoted[k])
                return false;
        }
        return true;
    }

    /// <summary>A past event cannot be dated after the report, nor a planned one before it.</summary>
    internal static bool Fits(string value, EventMode mode, DateOnly? published)
    {
        if (value == "FUTURE_REF")
            return mode == EventMode.Planned;
        if (value is "PAST_REF" or "PRESENT_REF")
            return mode != EventMode.Planned;
        if (published is not { } day || mode == EventMode.Ongoing)
            return Period(value) is not null;
        if (Period(value) is not { } period)
            return false;
        return mode == EventMode.Planned ? period.Last >= day : period.First <= day;
    }

    /// <summary>The first and last day a TIMEX3 value covers (2024-06 → 1–30 June 2024; 1910/1945 → 1910–1945), or null.</summary>
    internal static (DateOnly First, DateOnly Last)? Period(string value)
    {
        var slash = value.IndexOf('/');
        if (slash > 0)
        {
            var (first, last) = (Period(value[..slash]), Period(value[(slash + 1)..]));
            return first is { } a && last is { } b ? (a.First, b.Last) : null;
        }
        var date = value.Split('T')[0];
        var parts = date.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || parts[0].Length != 4)
            return null;
        if (parts.Length == 1)
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (parts[1].StartsWith('W') && int.TryParse(parts[1][1..], CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }
        if (!int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            return null;
        if (parts.Length == 2)
            return (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        return int.TryParse(parts[2], CultureInfo.InvariantCulture, out var dayOfMonth) && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month)
            ? (new DateOnly(year, month, dayOfMonth), new DateOnly(year, month, dayOfMonth))
            : null;
    }
}

namespace Cronista.Events;

/// <summary>Merges reports of one event within a document: the same phone call told three times is one event with three triggers.</summary>
internal sealed class EventMerger(CameoTable cameo)
{
    private const int Reach = 100;

    public List<EventDraft> Merge(IEnumerable<EventDraft> drafts)
    {
        var merged = new List<EventDraft>();
        foreach (var draft in drafts)
        {
            // Reports of one event come within one article; a document of thousands of events compares with the recent ones.
            var same = merged.TakeLast(Reach).FirstOrDefault(m => SameEvent(m, draft));
            if (same is null)
            {
                merged.Add(draft);
                continue;
            }
            same.Triggers.AddRange(draft.Triggers);
            same.Cameo = cameo.PloverOf(same.Cameo) == cameo.PloverOf(draft.Cameo) ? CameoTable.MoreSpecific(same.Cameo, draft.Cameo) : same.Cameo;
            if (Rank(draft.Date?.Source) > Rank(same.Date?.Source))
                same.Date = draft.Date;
            same.Location ??= draft.Location;
            same.Confidence = Math.Min(0.95, Math.Max(same.Confidence, draft.Confidence) + 0.05);
        }
        return merged;
    }

    private bool SameEvent(EventDraft a, EventDraft b)
    {
        if (a.Date is { Source: EventDateSource.Expression } x && b.Date is { Source: EventDateSource.Expression } y && x.Value != y.Value)
            return false;
        // One noun names one thing: "il vertice Russia-USA" and "il vertice del leader russo con il presidente americano".
        if (a.Pattern == b.Pattern && a.Pattern.Kind == TriggerKind.Noun && Countries(a).SetEquals(Countries(b)))
            return true;
        if (cameo.PloverOf(a.Cameo) != cameo.PloverOf(b.Cameo) || a.Mode != b.Mode)
            return false;
        var (left, right) = (Participants(a), Participants(b));
        return left.IsSupersetOf(right) || right.IsSupersetOf(left);
    }

    /// <summary>People and organisations by identity, places by country: "Russia" and "Mosca" are one side.</summary>
    private static HashSet<string> Participants(EventDraft draft)
    {
        var keys = draft.Participants.Select(e => e.Type == Entities.EntityType.LOC ? e.Country ?? e.Id : e.Id).ToHashSet(StringComparer.Ordinal);
        if (draft.TargetCountry is { } country)
            keys.Add(country);
        return keys;
    }

    private static HashSet<string> Countries(EventDraft draft) =>
        draft.Participants.Select(e => e.Country ?? e.Id).Append(draft.TargetCountry).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static int Rank(EventDateSource? source) => source switch
    {
        EventDateSource.Expression => 3,
        EventDateSource.Narrative => 2,
        EventDateSource.Publication => 1,
        _ => 0,
    };
}

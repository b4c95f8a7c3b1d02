using Cronista.Analysis;
using Cronista.Core;
using System.Collections.Immutable;

namespace Cronista.Entities;

/// <summary>Settles overlaps between mentions: names never overlap each other; a demonym inside a name gives way;
/// descriptions may contain demonyms but not names.</summary>
internal static class MentionMerger
{
    public static ImmutableArray<Mention> Merge(string text, List<Mention> mentions)
    {
        var names = new DisjointSpans();
        var kept = new List<Mention>();
        foreach (var mention in mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.PartialName)
                     .OrderByDescending(m => m.Provenance.Confidence).ThenByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start))
        {
            if (names.TryAdd(mention.Span))
                kept.Add(mention);
        }
        var places = kept.Where(m => m.Type == EntityType.LOC).Select(m => m.Span).ToHashSet();
        var byKind = new Dictionary<MentionKind, DisjointSpans>();
        foreach (var mention in mentions.Where(m => m.Kind is MentionKind.Demonym or MentionKind.Description))
        {
            // A description may name the country it is about (il presidente della Russia); no other name may overlap it.
            if (names.Overlaps(mention.Span) && !(mention.Kind == MentionKind.Description && NamesOnlyPlacesInside(mention.Span, kept, places)))
                continue;
            var sameKind = byKind.TryGetValue(mention.Kind, out var spans) ? spans : byKind[mention.Kind] = new DisjointSpans();
            if (sameKind.TryAdd(mention.Span))
                kept.Add(mention);
        }
        return [.. kept.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)];
    }

    /// <summary>True when every name the span overlaps is a place lying inside it.</summary>
    private static bool NamesOnlyPlacesInside(TextSpan span, List<Mention> kept, HashSet<TextSpan> places) =>
        kept.Where(k => k.Kind is MentionKind.Name or MentionKind.PartialName && k.Span.Overlaps(span))
            .All(k => places.Contains(k.Span) && span.Contains(k.Span));
}

using System.Collections.Immutable;

namespace Cronista.Entities;

/// <summary>Settles overlaps between mentions: names never overlap each other; a demonym inside a name gives way;
/// descriptions may contain demonyms but not names.</summary>
internal static class MentionMerger
{
    public static ImmutableArray<Mention> Merge(string text, List<Mention> mentions)
    {
        var names = new List<Mention>();
        foreach (var mention in mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.PartialName)
                     .OrderByDescending(m => m.Provenance.Confidence).ThenByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start))
        {
            if (!names.Any(n => n.Span.Overlaps(mention.Span)))
                names.Add(mention);
        }
        var kept = new List<Mention>(names);
        foreach (var mention in mentions.Where(m => m.Kind is MentionKind.Demonym or MentionKind.Description))
        {
            // A description may name the country it is about (il presidente della Russia); no other name may overlap it.
            if (names.Any(n => n.Span.Overlaps(mention.Span) && !(mention.Kind == MentionKind.Description && n.Type == EntityType.LOC && mention.Span.Contains(n.Span))))
                continue;
            if (kept.Any(k => k.Kind == mention.Kind && k.Span.Overlaps(mention.Span)))
                continue;
            kept.Add(mention);
        }
        return [.. kept.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)];
    }
}

using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Core;

namespace Cronista.Entities.Learned;

/// <summary>Joins the model's names with what only the rules know: knowledge-base links, role descriptions and demonyms.</summary>
internal static class LearnedMentions
{
    /// <summary>The model decides what is a name, except where a time expression lies (holidays and months are
    /// capitalised but are times, as the rules also hold). A rule mention of the same span lends a model name its link
    /// (and its kind, for a demonym); descriptions and demonyms the model does not cover are kept. A name the knowledge
    /// base links (a known place, person or organisation, a misspelling it recognised) also lends its link to a model
    /// name of the same type that overlaps it and no other ("Leo XIV." is the "Papst Leo XIV" it knows, but "George
    /// Washington" is not the city); the type stays the model's,
    /// which follows the gold data's conventions (giving the knowledge base's type instead cost 5 points on CoNLL-2003,
    /// where city names are often sports teams). A linked rule name is kept where the model found nothing
    /// overlapping it, since the model never saw most of the knowledge base in training; and a model name made of two
    /// known names is split into them. Other rule names are dropped.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="model">The model's names, in text order.</param>
    /// <param name="rules">The rules' mentions, in text order.</param>
    /// <param name="times">The document's time expressions.</param>
    public static ImmutableArray<Mention> Combine(string text, IEnumerable<Mention> model, ImmutableArray<Mention> rules, IEnumerable<TextSpan> times)
    {
        var notTimes = new SpanOverlaps(times);
        var names = model.Where(m => !notTimes.Overlaps(m.Span)).ToList();
        var bySpan = new Dictionary<TextSpan, Mention>();
        foreach (var rule in rules)
            bySpan.TryAdd(rule.Span, rule);
        var known = rules.Where(r => r.Kind == MentionKind.Name && r.Link is not null).ToList();
        var longestKnown = known.Count == 0 ? 0 : known.Max(r => r.Span.Length);
        var combined = new List<Mention>(names.Count + rules.Length);
        foreach (var mention in names)
        {
            // A name made of two or more known names ("Roma-Parigi") is those names.
            var parts = SpanSearch.StartingWithin(known, r => r.Span, mention.Span)
                .Where(r => mention.Span.Contains(r.Span) && r.Span != mention.Span).ToList();
            if (parts.Count >= 2)
                combined.AddRange(parts);
            else if (bySpan.TryGetValue(mention.Span, out var rule))
                combined.Add(rule.Kind == MentionKind.Demonym
                    ? rule with { Provenance = mention.Provenance }
                    : mention with { Link = rule.Link, Role = rule.Role, Country = rule.Country });
            else if (OnlyOverlapping(known, longestKnown, mention.Span) is { } linked && linked.Type == mention.Type)
                combined.Add(mention with { Link = linked.Link });
            else
                combined.Add(mention);
        }
        var modelSpans = names.Select(m => m.Span).ToHashSet();
        var modelExtent = new SpanOverlaps(modelSpans);
        combined.AddRange(rules.Where(r => r.Kind is MentionKind.Description or MentionKind.Demonym && !modelSpans.Contains(r.Span)));
        combined.AddRange(rules.Where(r => r.Kind is MentionKind.Name or MentionKind.PartialName && r.Link is not null && !modelExtent.Overlaps(r.Span)));
        return MentionMerger.Merge(text, combined);
    }

    /// <summary>The one linked rule name overlapping the span, or null when none or several do.</summary>
    private static Mention? OnlyOverlapping(List<Mention> known, int longestKnown, TextSpan span)
    {
        var window = new TextSpan(Math.Max(0, span.Start - longestKnown), span.End);
        var overlapping = SpanSearch.StartingWithin(known, r => r.Span, window).Where(r => r.Span.Overlaps(span)).Take(2).ToList();
        return overlapping.Count == 1 ? overlapping[0] : null;
    }
}

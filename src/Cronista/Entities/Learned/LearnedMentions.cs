using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Core;

namespace Cronista.Entities.Learned;

/// <summary>Joins the model's names with what only the rules know: knowledge-base links, role descriptions and demonyms.</summary>
internal static class LearnedMentions
{
    /// <summary>The model decides what is a name, except where a time expression lies (holidays and months are
    /// capitalised but are times, as the rules also hold). A rule mention of the same span lends a model name its link
    /// (and its kind, for a demonym); descriptions and demonyms the model does not cover are kept. A rule name the
    /// knowledge base links (a known place, person or organisation, a misspelling it recognised) is kept where the
    /// model found nothing overlapping it, since the model never saw most of the knowledge base in training; and a
    /// model name made of two known names is split into them. Other rule names are dropped.</summary>
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
        var combined = new List<Mention>(names.Count + rules.Length);
        foreach (var mention in names)
        {
            // A name made of two or more known names ("Roma-Parigi") is those names.
            var parts = SpanSearch.StartingWithin(known, r => r.Span, mention.Span)
                .Where(r => mention.Span.Contains(r.Span) && r.Span != mention.Span).ToList();
            if (parts.Count >= 2)
                combined.AddRange(parts);
            else if (!bySpan.TryGetValue(mention.Span, out var rule))
                combined.Add(mention);
            else if (rule.Kind == MentionKind.Demonym)
                combined.Add(rule with { Provenance = mention.Provenance });
            else
                combined.Add(mention with { Link = rule.Link, Role = rule.Role, Country = rule.Country });
        }
        var modelSpans = names.Select(m => m.Span).ToHashSet();
        var modelExtent = new SpanOverlaps(modelSpans);
        combined.AddRange(rules.Where(r => r.Kind is MentionKind.Description or MentionKind.Demonym && !modelSpans.Contains(r.Span)));
        combined.AddRange(rules.Where(r => r.Kind is MentionKind.Name or MentionKind.PartialName && r.Link is not null && !modelExtent.Overlaps(r.Span)));
        return MentionMerger.Merge(text, combined);
    }
}

using System.Collections.Immutable;

namespace Cronista.Entities.Learned;

/// <summary>Joins the model's names with what only the rules know: knowledge-base links, role descriptions and demonyms.</summary>
internal static class LearnedMentions
{
    /// <summary>The model decides what is a name; a rule mention of the same span lends it its link (and its kind, for a
    /// demonym); descriptions and demonyms the model does not cover are kept. A rule name the knowledge base links
    /// (a known place, person or organisation, a misspelling it recognised) is kept where the model found nothing
    /// overlapping it: the model never saw most of the knowledge base in training; and a model name made of two
    /// known names is split into them. Other rule names are dropped.</summary>
    public static ImmutableArray<Mention> Combine(string text, ImmutableArray<Mention> model, ImmutableArray<Mention> rules)
    {
        var bySpan = new Dictionary<Core.TextSpan, Mention>();
        foreach (var rule in rules)
            bySpan.TryAdd(rule.Span, rule);
        var combined = new List<Mention>(model.Length + rules.Length);
        foreach (var mention in model)
        {
            // A model name made of two or more names the knowledge base knows is those names ("Pyongyang-Mosca").
            var known = rules.Where(r => r.Kind == MentionKind.Name && r.Link is not null && mention.Span.Contains(r.Span) && r.Span != mention.Span).ToList();
            if (known.Count >= 2)
                combined.AddRange(known);
            else if (!bySpan.TryGetValue(mention.Span, out var rule))
                combined.Add(mention);
            else if (rule.Kind == MentionKind.Demonym)
                combined.Add(rule with { Provenance = mention.Provenance });
            else
                combined.Add(mention with { Link = rule.Link, Role = rule.Role, Country = rule.Country });
        }
        var modelSpans = model.Select(m => m.Span).ToHashSet();
        combined.AddRange(rules.Where(r => r.Kind is MentionKind.Description or MentionKind.Demonym && !modelSpans.Contains(r.Span)));
        combined.AddRange(rules.Where(r => r.Kind is MentionKind.Name or MentionKind.PartialName && r.Link is not null && !model.Any(m => m.Span.Overlaps(r.Span))));
        return MentionMerger.Merge(text, combined);
    }
}

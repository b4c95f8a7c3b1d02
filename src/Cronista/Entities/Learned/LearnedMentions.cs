using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Core;

namespace Cronista.Entities.Learned;

/// <summary>Joins the model's names with what only the rules know: knowledge-base links, role descriptions and demonyms.</summary>
internal static class LearnedMentions
{
    /// <summary>The model decides what is a name, except where a time expression lies (holidays and months are
    /// capitalised but are times, as the rules also hold) and for capitalised role words (<see cref="IsRoleWord"/>).
    /// A rule mention of the same span lends a model name its link (and its kind, for a demonym); descriptions and
    /// demonyms the model does not cover are kept. A name the knowledge base links (a known place, person or
    /// organisation, a misspelling it recognised) also lends its link to a model name of the same type that overlaps it
    /// and no other ("Leo XIV." is the "Papst Leo XIV" it knows, but "George Washington" is not the city). The type
    /// stays the model's, which follows the gold data's conventions: giving the knowledge base's type instead cost 5
    /// points on CoNLL-2003, where city names are often sports teams; the entity takes the knowledge base's view (see
    /// <see cref="MentionGrouper"/>). A linked rule name is kept where the model found nothing overlapping it, since the
    /// model never saw most of the knowledge base in training; and a model name made of two known names is split into
    /// them. Other rule names are dropped.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="model">The model's names, in text order.</param>
    /// <param name="rules">The rules' mentions, in text order.</param>
    /// <param name="times">The document's time expressions.</param>
    public static ImmutableArray<Mention> Combine(string text, IEnumerable<Mention> model, ImmutableArray<Mention> rules, IEnumerable<TextSpan> times)
    {
        var notTimes = new SpanOverlaps(times);
        var descriptions = rules.Where(r => r.Kind == MentionKind.Description).ToList();
        var ruleNames = new SpanOverlaps(rules.Where(r => r.Kind is not MentionKind.Description).Select(r => r.Span));
        var names = model.Where(m => !notTimes.Overlaps(m.Span) && !(IsRoleWord(text, m, descriptions) && !ruleNames.Overlaps(m.Span))).ToList();
        var bySpan = new Dictionary<TextSpan, Mention>();
        foreach (var rule in rules)
            bySpan.TryAdd(rule.Span, rule);
        var known = rules.Where(r => r.Kind == MentionKind.Name && r.Link is not null).ToList();
        // Surnames the knowledge base links ("Macron" after "Emmanuel Macron") lend their link too ("M. Macron").
        var linked = rules.Where(r => r.Kind is MentionKind.Name or MentionKind.PartialName && r.Link is not null).ToList();
        var longestLinked = linked.Count == 0 ? 0 : linked.Max(r => r.Span.Length);
        var combined = new List<Mention>(names.Count + rules.Length);
        foreach (var mention in names)
        {
            // A name made of two or more known names ("Roma-Parigi") is those names.
            var parts = SpanSearch.StartingWithin(known, r => r.Span, mention.Span)
                .Where(r => mention.Span.Contains(r.Span) && r.Span != mention.Span).ToList();
            if (parts.Count >= 2)
                combined.AddRange(parts);
            else if (bySpan.TryGetValue(mention.Span, out var rule))
                combined.Add(rule.Kind == MentionKind.Demonym ? rule with { Provenance = mention.Provenance } : Lend(mention, rule));
            else if (OnlyOverlapping(linked, longestLinked, mention.Span) is { } same && same.Type == mention.Type)
                combined.Add(Lend(mention, same));
            else
                combined.Add(mention);
        }
        var modelSpans = names.Select(m => m.Span).ToHashSet();
        var modelExtent = new SpanOverlaps(modelSpans);
        combined.AddRange(rules.Where(r => r.Kind is MentionKind.Description or MentionKind.Demonym && !modelSpans.Contains(r.Span)));
        combined.AddRange(rules.Where(r => r.Kind is MentionKind.Name or MentionKind.PartialName && r.Link is not null && !modelExtent.Overlaps(r.Span)));
        return MentionMerger.Merge(text, combined);
    }

    /// <summary>The model's name with what a rule mention of the same words knows: its link, role and country. A known
    /// full name gives them outright. A surname alone ("Obama"), a surname several known people share, or a short form
    /// such as "il Nord" counts only where the document names the full entity, which the grouper checks by the mention's
    /// kind and rule: the name then takes those from the rule mention too.</summary>
    private static Mention Lend(Mention name, Mention rule) =>
        rule.Kind == MentionKind.PartialName || rule.Provenance.Rule is KnowledgeMentionFinder.AmbiguousRule or KnowledgeMentionFinder.ContextualRule
            ? name with { Kind = rule.Kind, Provenance = rule.Provenance, Link = rule.Link, Role = rule.Role, Country = rule.Country }
            : name with { Link = rule.Link, Role = rule.Role, Country = rule.Country };

    /// <summary>True when a model name sits inside a role description and the description goes on with a lower-case
    /// word after it: a capitalised role word ("Le Premier ministre", "der Erste Bürgermeister"), not a name, unless the
    /// rules found a name or demonym there ("the Chinese foreign ministry"). A name that ends the description
    /// ("presidente della Camera") is the institution the role belongs to, and stays.</summary>
    private static bool IsRoleWord(string text, Mention name, List<Mention> descriptions)
    {
        var description = SpanSearch.Containing(descriptions, d => d.Span, name.Span.Start);
        if (description is null || !description.Span.Contains(name.Span))
            return false;
        var next = name.Span.End;
        while (next < description.Span.End && text[next] == ' ')
            next++;
        return next < description.Span.End && char.IsLower(text[next]);
    }

    /// <summary>The one linked rule name overlapping the span, or null when none or several do.</summary>
    private static Mention? OnlyOverlapping(List<Mention> known, int longestKnown, TextSpan span)
    {
        var window = new TextSpan(Math.Max(0, span.Start - longestKnown), span.End);
        var overlapping = SpanSearch.StartingWithin(known, r => r.Span, window).Where(r => r.Span.Overlaps(span)).Take(2).ToList();
        return overlapping.Count == 1 ? overlapping[0] : null;
    }
}

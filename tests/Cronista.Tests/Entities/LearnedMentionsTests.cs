using Cronista.Core;
using Cronista.Entities;
using Cronista.Entities.Learned;
using Cronista.Knowledge;

namespace Cronista.Tests.Entities;

public sealed class LearnedMentionsTests
{
    private static readonly Provenance ByModel = new("find-mentions", "ner-model", 0.9);
    private static readonly Provenance ByRules = new("find-mentions", "knowledge-base", 0.8);

    private static TextSpan SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);

    [Fact]
    public void A_model_name_overlapping_one_known_name_of_its_type_takes_its_link()
    {
        const string text = "Papst Leo XIV. hat Donald Trump empfangen.";
        var pope = new KnowledgeRef("Q1", "Pope Leo XIV");
        var model = new[] { new Mention(SpanOf(text, "Leo XIV."), EntityType.PER, MentionKind.Name, ByModel) };
        var rules = new[] { new Mention(SpanOf(text, "Papst Leo XIV"), EntityType.PER, MentionKind.Name, ByRules, pope) };

        var combined = LearnedMentions.Combine(text, model, [.. rules], []);

        var name = Assert.Single(combined);
        Assert.Equal(SpanOf(text, "Leo XIV."), name.Span);
        Assert.Equal(pope, name.Link);
    }

    [Fact]
    public void A_known_name_of_another_type_lends_no_link()
    {
        const string text = "George Washington crossed the river.";
        var city = new KnowledgeRef("Q2", "Washington");
        var model = new[] { new Mention(SpanOf(text, "George Washington"), EntityType.PER, MentionKind.Name, ByModel) };
        var rules = new[] { new Mention(SpanOf(text, "Washington"), EntityType.LOC, MentionKind.Name, ByRules, city) };

        var combined = LearnedMentions.Combine(text, model, [.. rules], []);

        var name = Assert.Single(combined);
        Assert.Equal(EntityType.PER, name.Type);
        Assert.Null(name.Link);
    }
}

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

    [Fact]
    public void A_capitalised_role_word_inside_a_description_is_no_name_but_an_institution_ending_it_is()
    {
        const string text = "Le Premier ministre a vu le presidente della Camera.";
        var model = new[]
        {
            new Mention(SpanOf(text, "Premier"), EntityType.PER, MentionKind.Name, ByModel),
            new Mention(SpanOf(text, "Camera"), EntityType.ORG, MentionKind.Name, ByModel),
        };
        var rules = new[]
        {
            new Mention(SpanOf(text, "Le Premier ministre"), EntityType.PER, MentionKind.Description, ByRules),
            new Mention(SpanOf(text, "presidente della Camera"), EntityType.PER, MentionKind.Description, ByRules),
        };

        var combined = LearnedMentions.Combine(text, model, [.. rules], []);

        Assert.DoesNotContain(combined, m => m.Span == SpanOf(text, "Premier"));
        Assert.Contains(combined, m => m.Span == SpanOf(text, "Camera") && m.Type == EntityType.ORG);
    }

    [Fact]
    public void Known_names_lend_their_links_but_the_mentions_keep_the_models_types()
    {
        const string text = "The White House said Leicester won.";
        var seat = new KnowledgeRef("white-house", "White House", "USA", "presidency", "GOV");
        var city = new KnowledgeRef("leicester", "Leicester", "GBR");
        var model = new[]
        {
            new Mention(SpanOf(text, "White House"), EntityType.LOC, MentionKind.Name, ByModel),
            new Mention(SpanOf(text, "Leicester"), EntityType.ORG, MentionKind.Name, ByModel),
        };
        var rules = new[]
        {
            new Mention(SpanOf(text, "White House"), EntityType.ORG, MentionKind.Name, ByRules, seat),
            new Mention(SpanOf(text, "Leicester"), EntityType.LOC, MentionKind.Name, ByRules, city),
        };

        var combined = LearnedMentions.Combine(text, model, [.. rules], []);

        // Gold data label both as the model does; the White House becomes an organisation only as an entity (MentionGrouper).
        Assert.Equal(EntityType.LOC, combined.Single(m => m.Link == seat).Type);
        Assert.Equal(EntityType.ORG, combined.Single(m => m.Link == city).Type);
    }

    [Fact]
    public void A_demonym_inside_a_longer_model_name_is_part_of_it()
    {
        const string text = "British Airways cut flights.";
        var model = new[] { new Mention(SpanOf(text, "British Airways"), EntityType.ORG, MentionKind.Name, ByModel) };
        var rules = new[] { new Mention(SpanOf(text, "British"), EntityType.LOC, MentionKind.Demonym, ByRules, new KnowledgeRef("iso:GBR", "United Kingdom")) };

        var combined = LearnedMentions.Combine(text, model, [.. rules], []);

        Assert.Equal(SpanOf(text, "British Airways"), Assert.Single(combined).Span);
    }
}

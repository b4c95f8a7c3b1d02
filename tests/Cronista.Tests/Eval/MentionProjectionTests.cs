using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Eval.Ner;

namespace Cronista.Tests.Eval;

public sealed class MentionProjectionTests
{
    private static readonly MentionPolicy Conll = MentionPolicy.For(NerFormat.Conll);

    private static EvalText Text(params string[] sentences) =>
        EvalText.Build(new GoldDocument("d", [.. sentences.Select(s => new GoldSentence(
            [.. s.Split(' ').Select(t => new GoldToken(t, NerTag.Outside))]))]));

    private static Mention At(EvalText text, string words, EntityType type, MentionKind kind = MentionKind.Name, int occurrence = 0, double confidence = 1)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
            start = text.Text.IndexOf(words, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' is not in the text");
        return new Mention(new TextSpan(start, start + words.Length), type, kind, new Provenance("test", "", confidence));
    }

    private static string Tagged(EvalText text, IEnumerable<Mention> mentions, MentionPolicy? policy = null) =>
        string.Join(" | ", MentionProjection.Project(text, mentions, policy ?? Conll).Select(s => string.Join(" ", s)));

    [Fact]
    public void Text_joins_tokens_with_spaces_and_sentences_with_a_blank_line()
    {
        var text = Text("Putin met Kim .", "They talked");

        Assert.Equal("Putin met Kim .\n\nThey talked", text.Text);
        Assert.Equal(new TextSpan(10, 13), text.TokenSpans[0][2]);
        Assert.Equal("They", text.TokenSpans[1][0].Of(text.Text));
    }

    [Fact]
    public void A_mention_that_covers_tokens_exactly_tags_them_B_then_I()
    {
        var text = Text("Vladimir Putin met Kim Jong-un in Pyongyang");

        var tags = Tagged(text, [At(text, "Vladimir Putin", EntityType.PER), At(text, "Kim Jong-un", EntityType.PER), At(text, "Pyongyang", EntityType.LOC)]);

        Assert.Equal("B-PER I-PER O B-PER I-PER O B-LOC", tags);
    }

    [Fact]
    public void A_token_only_partly_inside_a_mention_stays_outside()
    {
        // The mention ends inside "Jong-un": only "Kim" lies wholly inside it.
        var text = Text("Kim Jong-un spoke");
        var partial = new Mention(new TextSpan(0, 8), EntityType.PER, MentionKind.Name, new Provenance("test", "", 1));

        Assert.Equal("B-PER O O", Tagged(text, [partial]));
    }

    [Fact]
    public void A_mention_inside_one_token_tags_nothing()
    {
        var text = Text("the Russia-USA summit");

        Assert.Equal("O O O", Tagged(text, [At(text, "Russia", EntityType.LOC)]));
    }

    [Fact]
    public void Overlapping_mentions_keep_the_outermost()
    {
        var text = Text("the University of Nottingham said");

        var tags = Tagged(text, [At(text, "Nottingham", EntityType.LOC), At(text, "University of Nottingham", EntityType.ORG)]);

        Assert.Equal("O B-ORG I-ORG I-ORG O", tags);
    }

    [Fact]
    public void Adjacent_mentions_of_one_type_stay_two_entities()
    {
        var text = Text("Rome Paris");

        Assert.Equal("B-LOC B-LOC", Tagged(text, [At(text, "Rome", EntityType.LOC), At(text, "Paris", EntityType.LOC)]));
    }

    [Fact]
    public void Partial_names_count_and_descriptions_never_do()
    {
        var text = Text("the Russian president Putin");

        var tags = Tagged(text, [At(text, "Russian president", EntityType.PER, MentionKind.Description), At(text, "Putin", EntityType.PER, MentionKind.PartialName)]);

        Assert.Equal("O O O B-PER", tags);
    }

    [Fact]
    public void Demonyms_are_MISC_for_CoNLL_and_ignored_for_KIND()
    {
        var text = Text("German officials");
        var demonym = At(text, "German", EntityType.LOC, MentionKind.Demonym);

        Assert.Equal("B-MISC O", Tagged(text, [demonym], MentionPolicy.For(NerFormat.Conll)));
        Assert.Equal("O O", Tagged(text, [demonym], MentionPolicy.For(NerFormat.Kind)));
        Assert.Equal("B-MISC O", Tagged(text, [demonym], MentionPolicy.For(NerFormat.GermEval)));
        Assert.Equal("O O", Tagged(text, [demonym], MentionPolicy.For(NerFormat.Conll, DemonymPolicy.Ignore)));
    }

    [Fact]
    public void Types_the_gold_set_does_not_annotate_are_dropped()
    {
        var text = Text("the Olympics in Rome");

        var tags = Tagged(text, [At(text, "Olympics", EntityType.MISC), At(text, "Rome", EntityType.LOC)], MentionPolicy.For(NerFormat.Kind));

        Assert.Equal("O O O B-LOC", tags);
    }

    [Fact]
    public void A_mention_running_over_a_sentence_break_is_cut_there_by_the_scorer()
    {
        var text = Text("in New", "York today");
        var across = new Mention(new TextSpan(text.TokenSpans[0][1].Start, text.TokenSpans[1][0].End), EntityType.LOC, MentionKind.Name, new Provenance("test", "", 1));

        var projected = MentionProjection.Project(text, [across], Conll);

        Assert.Equal("O B-LOC | I-LOC O", string.Join(" | ", projected.Select(s => string.Join(" ", s))));
        var chunks = projected.SelectMany((s, i) => Chunker.Chunks(s, i)).ToList();
        Assert.Equal(2, chunks.Count);
    }

    [Fact]
    public void Empty_sentences_and_no_mentions_give_empty_and_outside_tags()
    {
        var text = EvalText.Build(new GoldDocument("d", [new GoldSentence([]), new GoldSentence([new GoldToken("x", NerTag.Outside)])]));

        var projected = MentionProjection.Project(text, ImmutableArray<Mention>.Empty, Conll);

        Assert.Empty(projected[0]);
        Assert.True(Assert.Single(projected[1]).IsOutside);
    }
}

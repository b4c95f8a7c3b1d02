using Cronista.Eval.Ner;

namespace Cronista.Tests.Eval;

public sealed class EntityScorerTests
{
    [Fact]
    public void Perfect_predictions_score_one()
    {
        var scores = EntityScorer.Score([Tags.Sentence("B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC")], Tags.Conll);

        Assert.Equal(new PrfScore(2, 2, 2), scores.Micro);
        Assert.Equal(1.0, scores.Micro.F1);
        Assert.Equal(0.0, scores.PerType["ORG"].F1);
    }

    [Fact]
    public void Wrong_types_boundary_errors_misses_and_spurious_entities_count_as_conlleval_counts_them()
    {
        // Hand-counted: PER 1 of 1 predicted right, 2 in gold; ORG 0 of 2 (one wrong type, one boundary error);
        // LOC 0 of 1 (spurious), 1 in gold (predicted as ORG); MISC 1 of 1. Micro: 2 correct, 5 predicted, 5 gold.
        var sentences = new[]
        {
            Tags.Sentence("B-PER I-PER O B-LOC O", "B-PER I-PER O B-ORG O"),
            Tags.Sentence("B-ORG I-ORG I-ORG O B-MISC", "B-ORG I-ORG O O B-MISC"),
            Tags.Sentence("O O B-PER", "B-LOC O O"),
        };

        var scores = EntityScorer.Score(sentences, Tags.Conll);

        Assert.Equal(new PrfScore(1, 1, 2), scores.PerType["PER"]);
        Assert.Equal(new PrfScore(0, 2, 1), scores.PerType["ORG"]);
        Assert.Equal(new PrfScore(0, 1, 1), scores.PerType["LOC"]);
        Assert.Equal(new PrfScore(1, 1, 1), scores.PerType["MISC"]);
        Assert.Equal(new PrfScore(2, 5, 5), scores.Micro);
        Assert.Equal(1.0, scores.PerType["PER"].Precision);
        Assert.Equal(0.5, scores.PerType["PER"].Recall);
        Assert.Equal(2.0 / 3, scores.PerType["PER"].F1, 12);
        Assert.Equal(0.4, scores.Micro.Precision, 12);
        Assert.Equal(0.4, scores.Micro.Recall, 12);
        Assert.Equal(0.4, scores.Micro.F1, 12);
    }

    [Fact]
    public void A_partial_overlap_earns_nothing()
    {
        var scores = EntityScorer.Score([Tags.Sentence("B-ORG I-ORG I-ORG", "O B-ORG I-ORG")], Tags.Conll);

        Assert.Equal(new PrfScore(0, 1, 1), scores.Micro);
        Assert.Equal(0.0, scores.Micro.F1);
    }

    [Fact]
    public void IOB1_gold_matches_IOB2_predictions_of_the_same_entities()
    {
        var scores = EntityScorer.Score([Tags.Sentence("I-PER I-PER B-PER O I-LOC", "B-PER I-PER B-PER O B-LOC")], Tags.Conll);

        Assert.Equal(new PrfScore(3, 3, 3), scores.Micro);
    }

    [Fact]
    public void An_entity_cannot_run_across_a_sentence_boundary()
    {
        // The same tags as one sentence would make one three-token PER; split, they are two entities.
        var scores = EntityScorer.Score(
            [Tags.Sentence("O B-PER", "O B-PER"), Tags.Sentence("I-PER I-PER", "B-PER I-PER")],
            Tags.Conll);

        Assert.Equal(new PrfScore(2, 2, 2), scores.Micro);
    }

    [Fact]
    public void Empty_sentences_and_no_predictions_score_zero_without_dividing_by_zero()
    {
        var scores = EntityScorer.Score([Tags.Sentence("", ""), Tags.Sentence("O O", "O O")], Tags.Conll);

        Assert.Equal(new PrfScore(0, 0, 0), scores.Micro);
        Assert.Equal(0.0, scores.Micro.Precision);
        Assert.Equal(0.0, scores.Micro.F1);
    }

    [Fact]
    public void Types_outside_the_evaluated_set_are_not_counted()
    {
        var scores = EntityScorer.Score([Tags.Sentence("B-PER O", "B-PER B-MISC")], ["PER", "ORG", "LOC"]);

        Assert.Equal(new PrfScore(1, 1, 1), scores.Micro);
        Assert.False(scores.PerType.ContainsKey("MISC"));
    }

    [Fact]
    public void Sentences_whose_tag_counts_differ_are_refused()
    {
        Assert.Throws<ArgumentException>(() => EntityScorer.Score([Tags.Sentence("O O", "O")], Tags.Conll));
    }
}

using Cronista.Eval.Ner;

namespace Cronista.Tests.Eval;

/// <summary>The token-level figures KIND's get-results.py (scikit-learn's classification_report) prints, worked out by hand.</summary>
public sealed class TokenScorerTests
{
    // Per token, type only (B-/I- dropped):
    //   gold PER PER O LOC O | ORG ORG ORG O MISC | O O PER
    //   pred PER PER O ORG O | ORG ORG O   O MISC | LOC O O
    private static readonly TaggedSentence[] Example =
    [
        Tags.Sentence("B-PER I-PER O B-LOC O", "B-PER I-PER O B-ORG O"),
        Tags.Sentence("B-ORG I-ORG I-ORG O B-MISC", "B-ORG I-ORG O O B-MISC"),
        Tags.Sentence("O O B-PER", "B-LOC O O"),
    ];

    [Fact]
    public void Per_type_counts_ignore_the_chunk_prefix()
    {
        var scores = TokenScorer.Score(Example, Tags.Conll);

        Assert.Equal(new PrfScore(2, 2, 3), scores.PerType["PER"]);   // P 1, R 0.6667, F1 0.8
        Assert.Equal(new PrfScore(2, 3, 3), scores.PerType["ORG"]);   // P 0.6667, R 0.6667, F1 0.6667
        Assert.Equal(new PrfScore(0, 1, 1), scores.PerType["LOC"]);   // 0
        Assert.Equal(new PrfScore(1, 1, 1), scores.PerType["MISC"]);  // 1
        Assert.Equal(0.8, scores.PerType["PER"].F1, 12);
    }

    [Fact]
    public void Micro_macro_and_weighted_averages_are_those_of_classification_report()
    {
        var scores = TokenScorer.Score(Example, Tags.Conll);

        // micro avg: 5 right of 7 predicted, 8 in gold.
        Assert.Equal(new PrfScore(5, 7, 8), scores.Micro);
        Assert.Equal(5.0 / 7, scores.Micro.Precision, 12);
        Assert.Equal(0.625, scores.Micro.Recall, 12);
        Assert.Equal(2.0 / 3, scores.Micro.F1, 12);
        // macro avg: plain means of (1, 2/3, 0, 1), (2/3, 2/3, 0, 1), (0.8, 2/3, 0, 1).
        Assert.Equal(2.0 / 3, scores.Macro.Precision, 12);
        Assert.Equal(7.0 / 12, scores.Macro.Recall, 12);
        Assert.Equal((0.8 + 2.0 / 3 + 1) / 4, scores.Macro.F1, 12);
        // weighted avg: supports 3, 3, 1, 1.
        Assert.Equal(0.75, scores.Weighted.Precision, 12);
        Assert.Equal(0.625, scores.Weighted.Recall, 12);
        Assert.Equal(0.675, scores.Weighted.F1, 12);
    }

    [Fact]
    public void Labels_outside_the_set_count_only_as_misses_as_with_kinds_three_labels()
    {
        // KIND scores PER, LOC, ORG; a MISC prediction on a PER token is a missed PER and no false positive.
        var scores = TokenScorer.Score([Tags.Sentence("B-PER O B-LOC", "B-MISC B-PER B-LOC")], ["PER", "LOC", "ORG"]);

        Assert.Equal(new PrfScore(0, 1, 1), scores.PerType["PER"]);
        Assert.Equal(new PrfScore(1, 1, 1), scores.PerType["LOC"]);
        Assert.Equal(new PrfScore(0, 0, 0), scores.PerType["ORG"]);
        Assert.Equal(new PrfScore(1, 2, 2), scores.Micro);
        // macro includes ORG's zeros (zero_division=0); weighted ignores it (support 0).
        Assert.Equal(1.0 / 3, scores.Macro.F1, 12);
        Assert.Equal(0.5, scores.Weighted.F1, 12);
    }

    [Fact]
    public void No_entities_at_all_score_zero()
    {
        var scores = TokenScorer.Score([Tags.Sentence("O O", "O O"), Tags.Sentence("", "")], Tags.Conll);

        Assert.Equal(new PrfScore(0, 0, 0), scores.Micro);
        Assert.Equal(0.0, scores.Macro.F1);
        Assert.Equal(0.0, scores.Weighted.F1);
    }

    [Fact]
    public void Figures_equal_those_of_get_results_py_on_a_random_KIND_example()
    {
        // Sixty random tokens; the expected figures are what scikit-learn 1.2 computes through get-results.py's
        // label loading (precision_recall_fscore_support, labels PER LOC ORG, zero_division=0), to full precision.
        TaggedSentence[] sentences =
        [
        Tags.Sentence("O O I-PER O B-PER O O B-PER O O O O",
                      "O I-PER I-PER O I-ORG O O I-PER I-LOC O O O"),
        Tags.Sentence("O I-LOC O O I-PER I-ORG B-PER O I-ORG O B-ORG O",
                      "O I-LOC O O O I-ORG B-PER O I-ORG O I-LOC O"),
        Tags.Sentence("O O O I-LOC O B-PER I-PER O B-PER O O O",
                      "O O I-ORG I-LOC O B-PER I-PER O B-PER O O O"),
        Tags.Sentence("B-LOC O O I-PER O O I-LOC B-LOC O B-PER B-PER B-ORG",
                      "B-LOC O B-LOC I-PER B-LOC O I-LOC I-LOC O B-PER B-PER O"),
        Tags.Sentence("B-LOC O I-ORG O O I-LOC O O O B-LOC I-LOC B-PER",
                      "B-LOC O I-ORG O O I-LOC O O O B-LOC I-PER B-PER"),
        ];

        var scores = TokenScorer.Score(sentences, ["PER", "LOC", "ORG"]);

        Assert.Equal(0.8333333333333334, scores.PerType["PER"].Precision, 12);
        Assert.Equal(0.6666666666666666, scores.PerType["LOC"].Precision, 12);
        Assert.Equal(0.6, scores.PerType["ORG"].Precision, 12);
        Assert.Equal(0.8888888888888888, scores.PerType["LOC"].Recall, 12);
        Assert.Equal(0.761904761904762, scores.PerType["LOC"].F1, 12);
        Assert.Equal([12, 9, 5], new[] { "PER", "LOC", "ORG" }.Select(t => scores.PerType[t].Gold));
        Assert.Equal(0.7241379310344828, scores.Micro.Precision, 12);
        Assert.Equal(0.8076923076923077, scores.Micro.Recall, 12);
        Assert.Equal(0.7636363636363636, scores.Micro.F1, 12);
        Assert.Equal(0.7000000000000001, scores.Macro.Precision, 12);
        Assert.Equal(0.7740740740740741, scores.Macro.Recall, 12);
        Assert.Equal(0.7317460317460318, scores.Macro.F1, 12);
        Assert.Equal(0.7307692307692307, scores.Weighted.Precision, 12);
        Assert.Equal(0.8076923076923077, scores.Weighted.Recall, 12);
        Assert.Equal(0.7637362637362638, scores.Weighted.F1, 12);
    }
}

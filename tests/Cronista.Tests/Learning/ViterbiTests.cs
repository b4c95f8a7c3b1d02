using Cronista.Learning.Perceptron;

namespace Cronista.Tests.Learning;

public sealed class ViterbiTests
{
    [Fact]
    public void Picks_the_sequence_with_the_best_total_score_not_the_best_label_of_each_token()
    {
        // Labels: 0 = O, 1 = B-PER, 2 = I-PER. Token 1 alone prefers O, but B-PER → I-PER is rewarded enough to win.
        var labels = LabelSet.Iob2(["PER"]);
        float[] emissions = [0, 5, 0, /* token 1 */ 1, 0, 0.5f];
        var transitions = new float[4 * 3];
        transitions[1 * 3 + 2] = 2; // B-PER → I-PER
        var best = new int[2];

        Viterbi.Decode(emissions, transitions, labels.Allowed.AsSpan(), 3, best);

        Assert.Equal([1, 2], best);
    }

    [Fact]
    public void Never_puts_an_inside_tag_where_no_entity_was_opened()
    {
        var labels = LabelSet.Iob2(["PER", "LOC"]);
        // I-LOC scores highest on both tokens, but may neither start a sentence nor follow B-PER.
        float[] emissions = [0, 0, 0, 0, 9, /* token 1 */ 0, 3, 0, 0, 9];
        var transitions = new float[6 * 5];
        var best = new int[2];

        Viterbi.Decode(emissions, transitions, labels.Allowed.AsSpan(), 5, best);

        Assert.Equal("B-LOC", labels.Names[best[0]]);
        Assert.Equal("I-LOC", labels.Names[best[1]]);
    }

    [Fact]
    public void Decodes_a_sentence_too_long_for_the_stack()
    {
        var labels = LabelSet.Iob2(["PER"]);
        var tokens = 20_000;
        var emissions = new float[tokens * 3];
        for (var t = 0; t < tokens; t++)
            emissions[t * 3 + (t % 2 == 0 ? 1 : 2)] = 1;
        var best = new int[tokens];

        Viterbi.Decode(emissions, new float[4 * 3], labels.Allowed.AsSpan(), 3, best);

        Assert.Equal(1, best[0]);
        Assert.Equal(2, best[^1]);
    }
}

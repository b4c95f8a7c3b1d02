using Cronista.Learning.Perceptron;

namespace Cronista.Tests.Learning;

public sealed class TrainedWeightsTests
{
    private static readonly LabelSet Labels = new(["A", "B"], bio: false);

    [Fact]
    public void The_mean_of_runs_averages_each_key_and_counts_a_missing_key_as_zero()
    {
        var first = new TrainedWeights(Labels, [1UL, 2UL], [1f, 2f, 3f, 4f], [1f, 1f, 1f, 1f, 1f, 1f]);
        var second = new TrainedWeights(Labels, [2UL, 3UL], [5f, 6f, 8f, 8f], [3f, 3f, 3f, 3f, 3f, 3f]);

        var mean = TrainedWeights.Mean([first, second]);

        Assert.Equal([1UL, 2UL, 3UL], mean.Keys);
        Assert.Equal([0.5f, 1f, 4f, 5f, 4f, 4f], mean.Weights);
        Assert.All(mean.Transitions, t => Assert.Equal(2f, t));
    }

    [Fact]
    public void Runs_with_different_labels_cannot_be_averaged()
    {
        var first = new TrainedWeights(Labels, [1UL], [1f, 2f], new float[6]);
        var other = new TrainedWeights(new LabelSet(["A", "C"], bio: false), [1UL], [1f, 2f], new float[6]);

        Assert.Throws<ArgumentException>(() => TrainedWeights.Mean([first, other]));
        Assert.Throws<ArgumentException>(() => TrainedWeights.Mean([]));
    }
}

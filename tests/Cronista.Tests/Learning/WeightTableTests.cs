using Cronista.Learning.Perceptron;

namespace Cronista.Tests.Learning;

public sealed class WeightTableTests
{
    [Fact]
    public void Known_features_add_their_weights_and_unknown_ones_add_nothing()
    {
        var table = new WeightTable([11UL, 42UL], [1f, 2f, 10f, 20f], labels: 2);
        var scores = new float[2];

        table.AddScores([42UL, 7UL, 11UL], scores);

        Assert.Equal([11f, 22f], scores);
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void Feature_keys_depend_on_the_template_and_the_value()
    {
        var value = FeatureHash.Of("Roma");

        Assert.Equal(FeatureHash.Key(3, value), FeatureHash.Key(3, FeatureHash.Of("Roma")));
        Assert.NotEqual(FeatureHash.Key(3, value), FeatureHash.Key(4, value));
        Assert.NotEqual(FeatureHash.Key(3, value), FeatureHash.Key(3, FeatureHash.Of("roma")));
    }
}

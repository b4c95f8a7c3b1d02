using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Words;

/// <summary>The feature templates of the part-of-speech tagger: the word, its neighbours, affixes, shape and clusters.</summary>
/// <remarks>Changing a template changes what a trained model means: bump <see cref="Version"/> and retrain.</remarks>
internal static class PosFeatures
{
    /// <summary>Written into every model; a model of another version is refused.</summary>
    public const string Version = "pos-features-1";

    private static readonly ulong Before = FeatureHash.Of("<s>");
    private static readonly ulong After = FeatureHash.Of("</s>");

    /// <summary>Writes the features of every token of a sentence.</summary>
    public static void Extract(ReadOnlySpan<TokenAtoms> atoms, SentenceFeatures output)
    {
        output.Clear();
        for (var i = 0; i < atoms.Length; i++)
        {
            output.NextToken();
            ref readonly var w = ref atoms[i];
            var p1 = i > 0 ? atoms[i - 1].Lower : Before;
            var n1 = i + 1 < atoms.Length ? atoms[i + 1].Lower : After;
            var p2 = i > 1 ? atoms[i - 2].Lower : Before;
            var n2 = i + 2 < atoms.Length ? atoms[i + 2].Lower : After;
            output.Add(FeatureHash.Key(0));
            output.Add(FeatureHash.Key(1, w.Lower));
            output.Add(FeatureHash.Key(2, p1));
            output.Add(FeatureHash.Key(3, n1));
            output.Add(FeatureHash.Key(4, p2));
            output.Add(FeatureHash.Key(5, n2));
            output.Add(FeatureHash.Key(6, w.Form));
            output.Add(FeatureHash.Key(7, w.Shape));
            output.Add(FeatureHash.Key(8, p1, w.Lower));
            output.Add(FeatureHash.Key(9, w.Lower, n1));
            output.Add(FeatureHash.Key(10, i > 0 ? atoms[i - 1].Suffixes[2] : Before));
            output.Add(FeatureHash.Key(11, i + 1 < atoms.Length ? atoms[i + 1].Suffixes[2] : After));
            if (i == 0)
                output.Add(FeatureHash.Key(12, w.ShortShape));
            for (var n = 0; n < Affixes.Count; n++)
            {
                if (w.Prefixes[n] != 0 && n < 3)
                    output.Add(FeatureHash.Key(20 + n, w.Prefixes[n]));
                if (w.Suffixes[n] != 0)
                    output.Add(FeatureHash.Key(24 + n, w.Suffixes[n]));
                if (w.Clusters[n] != 0)
                    output.Add(FeatureHash.Key(40 + n, w.Clusters[n]));
            }
            if (i > 0 && atoms[i - 1].Clusters[2] != 0)
                output.Add(FeatureHash.Key(44, atoms[i - 1].Clusters[2]));
            if (i + 1 < atoms.Length && atoms[i + 1].Clusters[2] != 0)
                output.Add(FeatureHash.Key(45, atoms[i + 1].Clusters[2]));
        }
    }
}

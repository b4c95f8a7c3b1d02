using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Words;

/// <summary>The feature templates of the part-of-speech tagger: the word, its neighbours, affixes, shape and clusters.</summary>
/// <remarks>Changing a template changes what a trained model means: bump <see cref="Version"/> and retrain.</remarks>
internal static class PosFeatures
{
    /// <summary>Written into every model; a model of another version is refused.</summary>
    public const string Version = "pos-features-1";

    /// <summary>Writes the features of every token of a sentence.</summary>
    public static void Extract(ReadOnlySpan<TokenAtoms> atoms, SentenceFeatures output)
    {
        output.Clear();
        for (var i = 0; i < atoms.Length; i++)
        {
            output.NextToken();
            ref readonly var w = ref atoms[i];
            var around = WordWindow.Around(atoms, i);
            WordWindow.Add(output, w, around);
            output.Add(FeatureHash.Key(8, around.Previous, w.Lower));
            output.Add(FeatureHash.Key(9, w.Lower, around.Next));
            output.Add(FeatureHash.Key(10, i > 0 ? atoms[i - 1].Suffixes[2] : WordWindow.Before));
            output.Add(FeatureHash.Key(11, i + 1 < atoms.Length ? atoms[i + 1].Suffixes[2] : WordWindow.After));
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

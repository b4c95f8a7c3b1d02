using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Entities.Learned;

/// <summary>The feature templates of the entity tagger: the word and its neighbours, their shapes and affixes,
/// word clusters, the rules' tags, parts of speech, and how the word is written elsewhere in the document.</summary>
/// <remarks>Changing a template changes what a trained model means: bump <see cref="Version"/> and retrain.</remarks>
internal static class NerFeatures
{
    /// <summary>Written into every model; a model of another version is refused.</summary>
    public const string Version = "ner-features-2";

    /// <summary>The version of the second-pass model, which also reads the first pass's votes (<see cref="FirstPassVotes"/>).</summary>
    public const string DocumentVersion = Version + "+first-pass-1";

    private static readonly ulong Before = WordWindow.Before;
    private static readonly ulong After = WordWindow.After;
    private static readonly ulong Yes = FeatureHash.Of("yes");

    /// <summary>Writes the features of tokens [<paramref name="first"/>, <paramref name="end"/>) of the document.</summary>
    public static void Extract(NerDocument document, int first, int end, SentenceFeatures output)
    {
        var atoms = document.Atoms;
        var sentence = atoms.AsSpan(first, end - first);
        output.Clear();
        for (var i = first; i < end; i++)
        {
            output.NextToken();
            ref readonly var w = ref atoms[i];
            var hasPrevious = i > first;
            var hasNext = i + 1 < end;
            var previous = hasPrevious ? atoms[i - 1] : default;
            var next = hasNext ? atoms[i + 1] : default;
            var around = WordWindow.Around(sentence, i - first);
            var (p1, n1) = (around.Previous, around.Next);
            var pShape = hasPrevious ? previous.ShortShape : Before;
            var nShape = hasNext ? next.ShortShape : After;

            WordWindow.Add(output, w, around);
            output.Add(FeatureHash.Key(8, hasPrevious ? previous.Shape : Before));
            output.Add(FeatureHash.Key(9, hasNext ? next.Shape : After));
            output.Add(FeatureHash.Key(10, pShape, w.ShortShape, nShape));
            output.Add(FeatureHash.Key(11, p1, w.Lower));
            output.Add(FeatureHash.Key(12, w.Lower, n1));
            output.Add(FeatureHash.Key(13, p1, w.ShortShape));
            output.Add(FeatureHash.Key(14, w.ShortShape, n1));
            for (var n = 0; n < Affixes.Count; n++)
            {
                if (w.Prefixes[n] != 0)
                    output.Add(FeatureHash.Key(20 + n, w.Prefixes[n]));
                if (w.Suffixes[n] != 0)
                    output.Add(FeatureHash.Key(24 + n, w.Suffixes[n]));
            }
            AddRuleTags(output, w, previous, next, hasPrevious, hasNext);
            AddClusters(output, w, previous, next, hasPrevious, hasNext);
            AddContext(output, document, i, first, w);
            if (document.NameMasks is { } masks)
                AddNames(output, masks, i, first, end, w);
            if (document.FirstPass is { } votes)
                AddVotes(output, votes, i, w);
            if (document.Parts is { } parts)
            {
                output.Add(FeatureHash.Key(60, parts[i]));
                output.Add(FeatureHash.Key(61, hasPrevious ? parts[i - 1] : Before, parts[i]));
                output.Add(FeatureHash.Key(62, parts[i], hasNext ? parts[i + 1] : After));
            }
        }
    }

    private static void AddRuleTags(SentenceFeatures output, in TokenAtoms w, in TokenAtoms previous, in TokenAtoms next, bool hasPrevious, bool hasNext)
    {
        output.Add(FeatureHash.Key(30, w.Extra));
        output.Add(FeatureHash.Key(31, hasPrevious ? previous.Extra : Before));
        output.Add(FeatureHash.Key(32, hasNext ? next.Extra : After));
        output.Add(FeatureHash.Key(33, w.Extra, w.ShortShape));
    }

    private static void AddVotes(SentenceFeatures output, FirstPassVotes votes, int i, in TokenAtoms w)
    {
        output.Add(FeatureHash.Key(80, votes.Own[i]));
        if (votes.Others[i] == 0)
            return;
        output.Add(FeatureHash.Key(81, votes.Others[i]));
        output.Add(FeatureHash.Key(82, votes.Others[i], votes.Own[i]));
        output.Add(FeatureHash.Key(83, votes.Others[i], w.ShortShape));
    }

    private static void AddNames(SentenceFeatures output, byte[] masks, int i, int first, int end, in TokenAtoms w)
    {
        var mask = masks[i];
        for (var bit = 0; bit < 8; bit++)
        {
            if ((mask & (1 << bit)) != 0)
                output.Add(FeatureHash.Key(70, (ulong)bit));
        }
        var previous = i > first ? masks[i - 1] : Before;
        var next = i + 1 < end ? masks[i + 1] : After;
        output.Add(FeatureHash.Key(71, mask, w.ShortShape));
        output.Add(FeatureHash.Key(72, previous, mask));
        output.Add(FeatureHash.Key(73, mask, next));
    }

    private static void AddClusters(SentenceFeatures output, in TokenAtoms w, in TokenAtoms previous, in TokenAtoms next, bool hasPrevious, bool hasNext)
    {
        for (var n = 0; n < Affixes.Count; n++)
        {
            if (w.Clusters[n] != 0)
                output.Add(FeatureHash.Key(40 + n, w.Clusters[n]));
        }
        if (hasPrevious && previous.Clusters[1] != 0)
            output.Add(FeatureHash.Key(44, previous.Clusters[1]));
        if (hasPrevious && previous.Clusters[2] != 0)
            output.Add(FeatureHash.Key(45, previous.Clusters[2]));
        if (hasNext && next.Clusters[1] != 0)
            output.Add(FeatureHash.Key(46, next.Clusters[1]));
        if (hasNext && next.Clusters[2] != 0)
            output.Add(FeatureHash.Key(47, next.Clusters[2]));
    }

    private static void AddContext(SentenceFeatures output, NerDocument document, int i, int first, in TokenAtoms w)
    {
        if (i == first)
            output.Add(FeatureHash.Key(50, w.ShortShape));
        if (!w.Capitalised)
            return;
        if (document.WrittenLowerElsewhere(i))
            output.Add(FeatureHash.Key(51, Yes));
        if (i == first && document.CapitalisedInsideElsewhere(i))
            output.Add(FeatureHash.Key(52, Yes));
        if (document.PlacesInNames(i) is var places and not 0)
        {
            output.Add(FeatureHash.Key(53, places));
            output.Add(FeatureHash.Key(54, places, w.Extra));
        }
    }
}

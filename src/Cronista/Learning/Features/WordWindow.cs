using Cronista.Learning.Perceptron;

namespace Cronista.Learning.Features;

/// <summary>The templates every tagger starts with: a bias, the word (lower-cased and as written), its shape, and the
/// lower-cased words up to two places either side, sentence edges marked.</summary>
/// <remarks>Template numbers 0 to 7 belong to this window; a tagger numbers its own templates from 8.</remarks>
public static class WordWindow
{
    /// <summary>Stands for the words before the sentence's first.</summary>
    public static readonly ulong Before = FeatureHash.Of("<s>");

    /// <summary>Stands for the words after the sentence's last.</summary>
    public static readonly ulong After = FeatureHash.Of("</s>");

    /// <summary>The lower-cased words around token <paramref name="i"/> of a sentence.</summary>
    public static Neighbours Around(ReadOnlySpan<TokenAtoms> sentence, int i) => new(
        i > 1 ? sentence[i - 2].Lower : Before,
        i > 0 ? sentence[i - 1].Lower : Before,
        i + 1 < sentence.Length ? sentence[i + 1].Lower : After,
        i + 2 < sentence.Length ? sentence[i + 2].Lower : After);

    /// <summary>Adds the window's features of a word with these neighbours.</summary>
    public static void Add(SentenceFeatures output, in TokenAtoms word, in Neighbours around)
    {
        output.Add(FeatureHash.Key(0));
        output.Add(FeatureHash.Key(1, word.Lower));
        output.Add(FeatureHash.Key(2, around.Previous));
        output.Add(FeatureHash.Key(3, around.Next));
        output.Add(FeatureHash.Key(4, around.SecondPrevious));
        output.Add(FeatureHash.Key(5, around.SecondNext));
        output.Add(FeatureHash.Key(6, word.Form));
        output.Add(FeatureHash.Key(7, word.Shape));
    }
}

/// <summary>The hashed lower-cased words two and one places before a token, and one and two after it.</summary>
public readonly record struct Neighbours(ulong SecondPrevious, ulong Previous, ulong Next, ulong SecondNext);

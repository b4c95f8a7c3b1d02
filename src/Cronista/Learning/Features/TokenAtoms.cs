using Cronista.Learning.Perceptron;

namespace Cronista.Learning.Features;

/// <summary>The hashed pieces of one token that feature templates combine: computed once per token, used by every template.</summary>
public struct TokenAtoms
{
    /// <summary>The token as written.</summary>
    public ulong Form;
    /// <summary>Lower-cased, digits as '0'.</summary>
    public ulong Lower;
    /// <summary>Shape with runs of up to four ("Xxxxx").</summary>
    public ulong Shape;
    /// <summary>Shape with runs of one ("Xx").</summary>
    public ulong ShortShape;
    /// <summary>Prefixes of one to four characters of the lower-cased form (0 when the word is shorter).</summary>
    public Affixes Prefixes;
    /// <summary>Suffixes of one to four characters of the lower-cased form (0 when the word is shorter).</summary>
    public Affixes Suffixes;
    /// <summary>Word-cluster paths cut at four lengths (0 when the word has no cluster).</summary>
    public Affixes Clusters;
    /// <summary>Whatever else a tagger knows of the token (a rule's tag, a part of speech); 0 when nothing.</summary>
    public ulong Extra;
    /// <summary>True when the word starts with an upper-case letter.</summary>
    public bool Capitalised;
    /// <summary>True when the word is made of lower-case letters only.</summary>
    public bool AllLower;

    /// <summary>Computes the atoms of a word; <paramref name="clusters"/> may be null.</summary>
    public static TokenAtoms Of(ReadOnlySpan<char> word, IWordClusters? clusters)
    {
        Span<char> buffer = stackalloc char[64];
        var atoms = new TokenAtoms { Form = FeatureHash.Of(word) };
        var lower = buffer[..WordShape.WriteLower(word, buffer)];
        atoms.Lower = FeatureHash.Of(lower);
        for (var n = 1; n <= Affixes.Count; n++)
        {
            if (lower.Length < n)
                break;
            atoms.Prefixes[n - 1] = FeatureHash.Of(lower[..n]);
            atoms.Suffixes[n - 1] = FeatureHash.Of(lower[^n..]);
        }
        Span<char> shape = stackalloc char[32];
        atoms.Shape = FeatureHash.Of(shape[..WordShape.Write(word, 4, shape)]);
        atoms.ShortShape = FeatureHash.Of(shape[..WordShape.Write(word, 1, shape)]);
        atoms.Capitalised = word.Length > 0 && char.IsUpper(word[0]);
        atoms.AllLower = word.Length > 0 && IsAllLower(word);
        if (clusters is not null && clusters.TryGetPrefixes(word, out var paths))
            atoms.Clusters = paths;
        return atoms;
    }

    private static bool IsAllLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
                return false;
        }
        return true;
    }
}

/// <summary>Four hashed pieces of increasing length (affixes of one to four characters, cluster paths cut at four lengths).</summary>
[System.Runtime.CompilerServices.InlineArray(Count)]
public struct Affixes
{
    /// <summary>How many pieces there are.</summary>
    public const int Count = 4;

    private ulong _first;
}

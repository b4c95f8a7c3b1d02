namespace Cronista.Learning.Clusters;

/// <summary>The form under which a word is clustered and looked up: as written, case kept, with every decimal digit
/// made '0'.</summary>
/// <remarks>Case is kept because capitalisation is much of what tells a name from a common word, and the clusters
/// exist for entity recognition. Digits are folded because "1987" and "2013", or "20mila" and "30mila", play the
/// same part in a sentence, and unfolded they would be too rare to cluster.</remarks>
public static class ClusterWordForm
{
    /// <summary>The clustered form of a word: digits made '0'; the same string when it holds no digit.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return HasDigit(word) ? string.Create(word.Length, word, static (span, w) => Fold(w, span)) : word;
    }

    /// <summary>True when the word holds a decimal digit, which <see cref="Fold"/> would change.</summary>
    public static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
                return true;
        }
        return false;
    }

    /// <summary>Writes the clustered form of <paramref name="word"/> into <paramref name="destination"/>, which must be as long.</summary>
    public static void Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        for (var i = 0; i < word.Length; i++)
            destination[i] = char.IsDigit(word[i]) ? '0' : word[i];
    }
}

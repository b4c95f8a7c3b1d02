namespace Cronista.Learning.Features;

/// <summary>Word clusters learned from unlabeled text: words used alike share the beginning of their cluster path.</summary>
public interface IWordClusters
{
    /// <summary>The hashes of the word's cluster path cut at four lengths, shortest first; false when the word has no cluster.</summary>
    bool TryGetPrefixes(ReadOnlySpan<char> word, out Affixes prefixes);
}

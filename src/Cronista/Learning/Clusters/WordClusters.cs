using System.Diagnostics.CodeAnalysis;
using Cronista.Core;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Learning.Clusters;

/// <summary>A word cluster table: the cluster of each word the clustering saw often enough (see models/MODELS.md).</summary>
/// <remarks>Words are looked up in their clustered form (<see cref="ClusterWordForm"/>: case kept, digits made '0'),
/// without allocating, through the 64-bit hash of that form (<see cref="FeatureHash"/>; a collision among some 50,000
/// words is as unlikely as one among feature keys), which is several times faster than hashing and comparing strings. A word the table lacks has no cluster; callers usually give it no cluster feature.</remarks>
public sealed class WordClusters : IWordClusters
{
    private static readonly PerLanguage<WordClusters> Shipped = new(Load);

    /// <summary>Words longer than this are folded on the heap rather than the stack.</summary>
    private const int StackLimit = 128;

    private readonly Dictionary<ulong, ClusterPath> _byHash;

    private WordClusters(Dictionary<string, ClusterPath> clusters, int clusterCount)
    {
        _byHash = clusters.ToDictionary(c => FeatureHash.Of(c.Key), c => c.Value);
        Count = clusters.Count;
        ClusterCount = clusterCount;
    }

    /// <summary>How many words the table holds.</summary>
    public int Count { get; }

    /// <summary>How many distinct clusters (paths) the words fall into.</summary>
    public int ClusterCount { get; }

    /// <summary>The path of a language's table under models/ (see <see cref="ModelFiles"/>).</summary>
    public static string ModelPath(string language) => $"{language}/clusters.tsv.gz";

    /// <summary>The table of a language ("it", "en", "de", "fr"), read on first use, once; null when Cronista carries
    /// none for it.</summary>
    public static WordClusters? ForLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Shipped.For(language);
    }

    private static WordClusters? Load(string language)
    {
        var path = ModelPath(language);
        if (!ModelFiles.Exists(path))
            return null;
        using var reader = new StreamReader(ModelFiles.Open(path));
        return Read(reader, "models/" + path);
    }

    /// <summary>Reads a table in the format of <see cref="ClusterFile"/>.</summary>
    /// <exception cref="InvalidDataException">A line is malformed or a word appears twice; the message names the line.</exception>
    public static WordClusters Read(TextReader reader, string source)
    {
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string Share(string s)
        {
            if (!shared.TryGetValue(s, out var kept))
                shared.Add(s, kept = s);
            return kept;
        }
        var paths = new Dictionary<string, ClusterPath>(StringComparer.Ordinal);
        var clusters = new Dictionary<string, ClusterPath>(StringComparer.Ordinal);
        foreach (var (bits, word, _) in ClusterFile.Read(reader, source))
        {
            if (!paths.TryGetValue(bits, out var path))
                paths.Add(bits, path = new ClusterPath(bits, Share));
            if (!clusters.TryAdd(word, path))
                throw new InvalidDataException($"{source}: the word '{word}' appears twice.");
        }
        return new WordClusters(clusters, paths.Count);
    }

    /// <summary>Finds a word's cluster; the word is taken as written, its digits read as '0'.</summary>
    public bool TryGet(ReadOnlySpan<char> word, [NotNullWhen(true)] out ClusterPath? cluster)
    {
        if (!ClusterWordForm.HasDigit(word))
            return _byHash.TryGetValue(FeatureHash.Of(word), out cluster);
        Span<char> folded = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        ClusterWordForm.Fold(word, folded);
        return _byHash.TryGetValue(FeatureHash.Of(folded), out cluster);
    }

    /// <inheritdoc/>
    public bool TryGetPrefixes(ReadOnlySpan<char> word, out Affixes prefixes)
    {
        var found = TryGet(word, out var cluster);
        prefixes = found ? cluster!.FeaturePrefixes : default;
        return found;
    }

    /// <summary>Finds a word's path of '0' and '1' from the root; see <see cref="TryGet"/>.</summary>
    public bool TryGetPath(ReadOnlySpan<char> word, [NotNullWhen(true)] out string? path)
    {
        var found = TryGet(word, out var cluster);
        path = cluster?.Bits;
        return found;
    }
}

using System.Collections.Concurrent;
using Cronista.Core;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Entities.Learned;

/// <summary>The word clusters shipped in models/&lt;language&gt;/clusters.tsv.gz, each loaded on first use.</summary>
internal sealed class WordClusterSet
{
    /// <summary>The clusters compiled into the assembly.</summary>
    public static readonly WordClusterSet Shared = new();

    private readonly ConcurrentDictionary<string, Lazy<IWordClusters?>> _clusters = new(StringComparer.Ordinal);

    /// <summary>The language's clusters, or null when it has none.</summary>
    public IWordClusters? For(string language) =>
        _clusters.GetOrAdd(language, l => new Lazy<IWordClusters?>(() => Load(l))).Value;

    private static PathClusters? Load(string language)
    {
        var path = $"{language}/clusters.tsv.gz";
        if (!ModelFiles.Exists(path))
            return null;
        var table = new Dictionary<string, Affixes>(StringComparer.Ordinal);
        foreach (var line in ModelFiles.ReadLines(path))
        {
            var row = line.Split('\t');
            if (row.Length < 2)
                continue;
            var bits = row[0];
            var prefixes = new Affixes();
            for (var n = 0; n < PathClusters.Lengths.Length; n++)
                prefixes[n] = FeatureHash.Of(bits.AsSpan(0, Math.Min(bits.Length, PathClusters.Lengths[n])));
            table[row[1]] = prefixes;
        }
        return new PathClusters(table);
    }

    /// <summary>Brown-cluster bit strings cut at 4, 6, 10 and 20 bits, as Ratinov and Roth (2009) use them.</summary>
    private sealed class PathClusters(Dictionary<string, Affixes> table) : IWordClusters
    {
        public static readonly int[] Lengths = [4, 6, 10, 20];

        private readonly Dictionary<string, Affixes>.AlternateLookup<ReadOnlySpan<char>> _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool TryGetPrefixes(ReadOnlySpan<char> word, out Affixes prefixes) => _lookup.TryGetValue(word, out prefixes);
    }
}

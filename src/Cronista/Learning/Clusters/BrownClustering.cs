using System.Diagnostics;

namespace Cronista.Learning.Clusters;

/// <summary>Brown clustering (Brown et al. 1992) with a window of active clusters (Liang 2005): groups words that
/// occur next to the same words, and arranges the groups in a binary tree whose paths serve as word features.</summary>
/// <remarks>
/// Words are taken by falling frequency. The first <c>C</c> each start a cluster; every later word starts one more,
/// then the two clusters whose merging loses the least mutual information between adjacent clusters are merged,
/// so <c>C</c> clusters remain. When every word is placed, the <c>C</c> clusters are merged the same way down to one,
/// and each merge is a node of the tree: the cluster in the lower slot becomes its "0" branch, the other its "1"
/// branch. A word's path is the string of branches from the root to its cluster, so words with a long common
/// prefix are alike. The merges of the first phase are not part of the tree: words in the same cluster share a path.
/// Cost: O(V·C²) for V words. Nothing is random, and ties go to the lowest slots, so the same counts give the same
/// paths.
/// </remarks>
public static class BrownClustering
{
    /// <summary>Clusters the corpus's words.</summary>
    /// <param name="corpus">The counted text.</param>
    /// <param name="clusters">How many clusters to keep: the number of distinct paths.</param>
    /// <param name="log">Where progress is reported, or null.</param>
    /// <returns>Each word's path of '0' and '1', in the order of <see cref="ClusterCorpus.Words"/>.</returns>
    public static string[] Run(ClusterCorpus corpus, int clusters, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(clusters, 2);
        var words = corpus.Words.Count;
        if (words == 0)
            return [];
        var watch = Stopwatch.StartNew();
        var slots = new ClusterSlots(clusters + 1);
        var forest = new MergeForest(words);
        var slotOfWord = new int[words];
        var wordOfSlot = new int[clusters + 1];
        var following = new double[clusters + 1];
        var preceding = new double[clusters + 1];
        var perToken = 1.0 / Math.Max(1, corpus.TokenCount);
        var perBigram = 1.0 / Math.Max(1, corpus.BigramCount);
        var reportEvery = Math.Max(1, words / 10);

        for (var word = 0; word < words; word++)
        {
            var slot = slots.FreeSlot();
            wordOfSlot[slot] = word;
            slotOfWord[word] = slot;
            Array.Clear(following);
            Array.Clear(preceding);
            // Only words already placed count: a later word's bigrams with this one are counted when it comes.
            var (next, nextCounts) = corpus.Next(word);
            for (var i = 0; i < next.Length; i++)
            {
                var other = next.Span[i];
                if (other <= word)
                    following[other == word ? slot : slotOfWord[forest.Find(other)]] += nextCounts.Span[i] * perBigram;
            }
            var (previous, previousCounts) = corpus.Previous(word);
            for (var i = 0; i < previous.Length; i++)
            {
                var other = previous.Span[i];
                if (other < word)
                    preceding[slotOfWord[forest.Find(other)]] += previousCounts.Span[i] * perBigram;
            }
            slots.Add(slot, corpus.Counts[word] * perToken, following, preceding);
            if (slots.Count > clusters)
            {
                var (kept, freed) = slots.CheapestMerge();
                slots.Merge(kept, freed);
                forest.Join(wordOfSlot[kept], wordOfSlot[freed]);
            }
            if ((word + 1) % reportEvery == 0)
                log?.WriteLine($"  {word + 1:N0} of {words:N0} words placed, {watch.Elapsed.TotalSeconds:F0} s");
        }

        // The clusters left become the leaves of the tree; merging them down to one builds it.
        var tree = new List<(int Zero, int One)>();
        var nodeOfSlot = new int[clusters + 1];
        var leafOfSlot = new int[clusters + 1];
        for (var slot = 0; slot <= clusters; slot++)
        {
            if (slots.IsUsed(slot))
            {
                nodeOfSlot[slot] = leafOfSlot[slot] = tree.Count;
                tree.Add((-1, -1));
            }
        }
        var leafOfWord = new int[words];
        for (var word = 0; word < words; word++)
            leafOfWord[word] = leafOfSlot[slotOfWord[forest.Find(word)]];
        while (slots.Count > 1)
        {
            var (kept, freed) = slots.CheapestMerge();
            slots.Merge(kept, freed);
            tree.Add((nodeOfSlot[kept], nodeOfSlot[freed]));
            nodeOfSlot[kept] = tree.Count - 1;
        }
        log?.WriteLine($"  hierarchy built, {watch.Elapsed.TotalSeconds:F0} s");

        var paths = TreePaths(tree);
        return [.. leafOfWord.Select(leaf => paths[leaf])];
    }

    /// <summary>The path from the root (the last node) to every node.</summary>
    private static string[] TreePaths(List<(int Zero, int One)> tree)
    {
        var paths = new string[tree.Count];
        var root = tree.Count - 1;
        // A tree of one cluster has no branch; give its words a path all the same.
        paths[root] = tree[root].Zero < 0 ? "0" : "";
        for (var node = root; node >= 0; node--)
        {
            var (zero, one) = tree[node];
            if (zero < 0)
                continue;
            paths[zero] = paths[node] + "0";
            paths[one] = paths[node] + "1";
        }
        return paths;
    }
}

using Cronista.Learning.Clusters;

namespace Cronista.Tests.Learning;

public sealed class BrownClusteringTests
{
    /// <summary>Sentences drawn, with a fixed seed, from a few word groups by the given pattern.</summary>
    private static List<string[]> Sentences(int count, int seed, params string[][][] patterns)
    {
        var random = new Random(seed);
        var sentences = new List<string[]>();
        for (var i = 0; i < count; i++)
        {
            var pattern = patterns[i % patterns.Length];
            sentences.Add([.. pattern.Select(slot => slot[random.Next(slot.Length)])]);
        }
        return sentences;
    }

    private static readonly string[] Animals = ["cat", "dog", "horse", "cow", "sheep"];
    private static readonly string[] Colours = ["red", "green", "blue", "yellow", "white"];

    private static string CommonPrefix(IEnumerable<string> paths) =>
        paths.Aggregate((a, b) => a[..a.Zip(b).TakeWhile(p => p.First == p.Second).Count()]);

    [Fact]
    public void Two_groups_of_words_that_never_meet_fall_under_different_top_level_branches()
    {
        // Each sentence is five words of one group only, so each group's words share all their contexts.
        var animals = Enumerable.Repeat(Animals, 5).ToArray();
        var colours = Enumerable.Repeat(Colours, 5).ToArray();
        var corpus = ClusterCorpus.Count(Sentences(400, 7, animals, colours), minCount: 2);

        var paths = BrownClustering.Run(corpus, clusters: 4);

        var path = corpus.Words.Select((w, i) => (w, paths[i])).ToDictionary(p => p.w, p => p.Item2);
        var animalBranch = path["cat"][0];
        Assert.All(Animals, a => Assert.Equal(animalBranch, path[a][0]));
        Assert.All(Colours, c => Assert.NotEqual(animalBranch, path[c][0]));
    }

    [Fact]
    public void Words_that_fill_the_same_slot_of_a_pattern_share_a_branch_no_other_word_is_under()
    {
        string[] determiners = ["the", "a", "this", "that"];
        string[] nouns = ["cat", "dog", "horse", "cow", "sheep", "goat"];
        string[] verbs = ["runs", "sleeps", "eats", "jumps", "sits"];
        string[] adverbs = ["quickly", "slowly", "often", "again"];
        var corpus = ClusterCorpus.Count(Sentences(3000, 3, [determiners, nouns, verbs, adverbs], [determiners, Colours, nouns, verbs]), minCount: 1);

        var paths = BrownClustering.Run(corpus, clusters: 8);

        var path = corpus.Words.Select((w, i) => (w, paths[i])).ToDictionary(p => p.w, p => p.Item2);
        foreach (var group in new[] { determiners, nouns, verbs, adverbs, Colours })
        {
            var branch = CommonPrefix(group.Select(w => path[w]));
            var outsiders = corpus.Words.Except(group).Where(w => path[w].StartsWith(branch, StringComparison.Ordinal)).ToList();
            Assert.True(outsiders.Count == 0, $"'{branch}' holds {string.Join(' ', group)} and also {string.Join(' ', outsiders)}");
        }
    }

    [Fact]
    public void The_same_text_gives_the_same_paths_and_the_same_file()
    {
        string[] determiners = ["the", "a", "this", "that", "every"];
        string[] nouns = ["cat", "dog", "horse", "cow", "sheep", "goat", "pig", "hen"];
        string[] verbs = ["runs", "sleeps", "eats", "jumps", "sits", "waits"];
        var sentences = Sentences(2000, 11, [determiners, nouns, verbs], [determiners, Colours, nouns, verbs], [nouns, verbs, Animals]);
        using var folder = new Ingest.TempFolder();

        var first = ClusterCorpus.Count(sentences, minCount: 1);
        var second = ClusterCorpus.Count(sentences.Select(s => s.ToArray()), minCount: 1);
        var firstPaths = BrownClustering.Run(first, clusters: 6);
        var secondPaths = BrownClustering.Run(second, clusters: 6);
        ClusterFile.Write(folder.File("1.tsv.gz"), first, firstPaths);
        ClusterFile.Write(folder.File("2.tsv.gz"), second, secondPaths);

        Assert.Equal(firstPaths, secondPaths);
        Assert.Equal(File.ReadAllBytes(folder.File("1.tsv.gz")), File.ReadAllBytes(folder.File("2.tsv.gz")));
        Assert.Equal(6, firstPaths.Distinct().Count());
    }

    [Fact]
    public void Losses_kept_up_to_date_step_by_step_equal_losses_computed_from_scratch()
    {
        var random = new Random(5);
        const int size = 7;
        var slots = new ClusterSlots(size);
        for (var word = 0; word < 40; word++)
        {
            var slot = slots.FreeSlot();
            var following = new double[size];
            var preceding = new double[size];
            for (var x = 0; x < size; x++)
            {
                // Sparse, as in text: most clusters never meet a given word.
                following[x] = random.Next(3) == 0 ? random.NextDouble() * 0.01 : 0;
                preceding[x] = random.Next(3) == 0 ? random.NextDouble() * 0.01 : 0;
            }
            slots.Add(slot, 0.001 + (random.NextDouble() * 0.02), following, preceding);
            if (slots.Count == size)
            {
                var (kept, freed) = slots.CheapestMerge();
                slots.Merge(kept, freed);
            }
            for (var a = 0; a < size; a++)
            {
                for (var b = a + 1; b < size; b++)
                {
                    if (slots.IsUsed(a) && slots.IsUsed(b))
                        Assert.Equal(slots.RecomputedLoss(a, b), slots.KeptLoss(a, b), 1e-12);
                }
            }
        }
    }

    [Fact]
    public void Words_seen_too_rarely_are_left_out_and_digits_are_folded()
    {
        var corpus = ClusterCorpus.Count([["nel", "2013", "e", "nel", "2014"], ["nel", "1999", "e", "raro"]], minCount: 2);

        Assert.Equal(["0000", "nel", "e"], corpus.Words);
        Assert.Equal([3L, 3, 2], corpus.Counts);
        Assert.Equal(9, corpus.AllTokenCount);
        Assert.Equal(8, corpus.TokenCount);
    }
}

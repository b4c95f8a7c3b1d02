namespace Cronista.Learning.Clusters;

/// <summary>The counts word clustering learns from: the vocabulary, most frequent first, and which words follow
/// which, within sentences, how often.</summary>
/// <remarks>Words seen fewer than the minimum count are left out, and so are the bigrams they take part in: they are
/// too rare to place, and joining their neighbours would invent bigrams the text never had.</remarks>
public sealed class ClusterCorpus
{
    private readonly int[] _nextStart;
    private readonly int[] _nextWord;
    private readonly int[] _nextCount;
    private readonly int[] _previousStart;
    private readonly int[] _previousWord;
    private readonly int[] _previousCount;

    private ClusterCorpus(string[] words, long[] counts, long tokens, long bigrams, long allTokens,
        int[] nextStart, int[] nextWord, int[] nextCount, int[] previousStart, int[] previousWord, int[] previousCount)
    {
        Words = words;
        Counts = counts;
        TokenCount = tokens;
        BigramCount = bigrams;
        AllTokenCount = allTokens;
        _nextStart = nextStart;
        _nextWord = nextWord;
        _nextCount = nextCount;
        _previousStart = previousStart;
        _previousWord = previousWord;
        _previousCount = previousCount;
    }

    /// <summary>The clustered word forms (<see cref="ClusterWordForm"/>), by falling count, ties in ordinal order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>How often each word of <see cref="Words"/> occurs.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>The tokens that are words of the vocabulary.</summary>
    public long TokenCount { get; }

    /// <summary>The bigrams of two vocabulary words counted.</summary>
    public long BigramCount { get; }

    /// <summary>Every token read, those of rare words included.</summary>
    public long AllTokenCount { get; }

    /// <summary>The distinct word forms read, rare ones included.</summary>
    public int AllWordCount { get; private init; }

    /// <summary>The words that follow word <paramref name="word"/>, and how often, in vocabulary order.</summary>
    internal (ReadOnlyMemory<int> Words, ReadOnlyMemory<int> Counts) Next(int word) =>
        (_nextWord.AsMemory(_nextStart[word].._nextStart[word + 1]), _nextCount.AsMemory(_nextStart[word].._nextStart[word + 1]));

    /// <summary>The words that precede word <paramref name="word"/>, and how often, in vocabulary order.</summary>
    internal (ReadOnlyMemory<int> Words, ReadOnlyMemory<int> Counts) Previous(int word) =>
        (_previousWord.AsMemory(_previousStart[word].._previousStart[word + 1]), _previousCount.AsMemory(_previousStart[word].._previousStart[word + 1]));

    /// <summary>Counts words and bigrams over tokenized sentences.</summary>
    /// <param name="sentences">The sentences; no bigram spans two of them.</param>
    /// <param name="minCount">Words seen fewer times than this are left out.</param>
    public static ClusterCorpus Count(IEnumerable<string[]> sentences, int minCount)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        // Words get provisional ids in the order they are met; the text is kept as ids, -1 between sentences.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new List<string>();
        var seen = new List<long>();
        var text = new List<int>();
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                var form = ClusterWordForm.Of(token);
                if (!ids.TryGetValue(form, out var id))
                {
                    id = forms.Count;
                    ids.Add(form, id);
                    forms.Add(form);
                    seen.Add(0);
                }
                seen[id]++;
                text.Add(id);
            }
            text.Add(-1);
        }

        var kept = Enumerable.Range(0, forms.Count).Where(i => seen[i] >= minCount)
            .OrderByDescending(i => seen[i]).ThenBy(i => forms[i], StringComparer.Ordinal).ToArray();
        var rank = new int[forms.Count];
        Array.Fill(rank, -1);
        for (var r = 0; r < kept.Length; r++)
            rank[kept[r]] = r;

        var pairs = new Dictionary<long, int>();
        long tokens = 0, bigrams = 0;
        var previous = -1;
        foreach (var raw in text)
        {
            var word = raw < 0 ? -1 : rank[raw];
            if (word >= 0)
                tokens++;
            if (previous >= 0 && word >= 0)
            {
                var key = ((long)previous << 32) | (uint)word;
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
                bigrams++;
            }
            previous = word;
        }

        var ordered = pairs.OrderBy(p => p.Key).ToArray();
        var (nextStart, nextWord, nextCount) = Adjacency(ordered, kept.Length, p => (int)(p.Key >> 32), p => (int)(p.Key & 0xFFFFFFFF));
        var byFollower = ordered.OrderBy(p => (p.Key & 0xFFFFFFFF) << 32 | (p.Key >> 32)).ToArray();
        var (previousStart, previousWord, previousCount) = Adjacency(byFollower, kept.Length, p => (int)(p.Key & 0xFFFFFFFF), p => (int)(p.Key >> 32));
        return new ClusterCorpus(
            [.. kept.Select(i => forms[i])], [.. kept.Select(i => seen[i])], tokens, bigrams, text.Count - (text.Count(t => t < 0)),
            nextStart, nextWord, nextCount, previousStart, previousWord, previousCount)
        {
            AllWordCount = forms.Count,
        };
    }

    /// <summary>Compressed rows of (word, other word, count) pairs already sorted by the word.</summary>
    private static (int[] Start, int[] Other, int[] Count) Adjacency(KeyValuePair<long, int>[] pairs, int words,
        Func<KeyValuePair<long, int>, int> word, Func<KeyValuePair<long, int>, int> other)
    {
        var start = new int[words + 1];
        foreach (var pair in pairs)
            start[word(pair) + 1]++;
        for (var i = 0; i < words; i++)
            start[i + 1] += start[i];
        var others = new int[pairs.Length];
        var counts = new int[pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            others[i] = other(pairs[i]);
            counts[i] = pairs[i].Value;
        }
        return (start, others, counts);
    }
}

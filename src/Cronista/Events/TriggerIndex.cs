using System.Collections.Frozen;

namespace Cronista.Events;

/// <summary>Trigger patterns by their first word and, where they have one, by the words of their second slot: a verb
/// block's hundreds of patterns ("@set ... fire", "@set ... deadline") are tried only when their second word is near.</summary>
internal sealed class TriggerIndex
{
    // How far after the first word the second slot's word may stand: the first slot's words, then a gap of four.
    private const int Reach = 8;

    private readonly FrozenDictionary<string, Entry> _byFirstWord;
    private readonly (string Stem, TriggerPattern Pattern)[] _byStem;

    public TriggerIndex(IReadOnlyList<TriggerPattern> patterns)
    {
        var exact = new Dictionary<string, List<TriggerPattern>>(StringComparer.Ordinal);
        var stems = new List<(string Stem, TriggerPattern Pattern)>();
        foreach (var pattern in patterns)
        {
            foreach (var first in pattern.FirstWords.Distinct())
            {
                if (first.EndsWith('*'))
                    stems.Add((first, pattern));
                else
                    (exact.TryGetValue(first, out var list) ? list : exact[first] = []).Add(pattern);
            }
        }
        // The forms of one verb start the same patterns ("rush", "rushed"): they share one entry.
        var shared = new Dictionary<string, Entry>(StringComparer.Ordinal);
        _byFirstWord = exact.ToFrozenDictionary(
            p => p.Key,
            p =>
            {
                var key = string.Join(',', p.Value.Select(t => t.Order));
                return shared.TryGetValue(key, out var entry) ? entry : shared[key] = Entry.Of(p.Value);
            },
            StringComparer.Ordinal);
        _byStem = [.. stems];
    }

    /// <summary>Adds to <paramref name="into"/> the patterns that may match from token <paramref name="start"/>, in file order
    /// and each once: those starting with the word or its lemma whose second word (if they need one) stands within reach.</summary>
    public void Candidates(string[] words, string[] lemmas, int start, List<TriggerPattern> into)
    {
        into.Clear();
        Add(words[start], words, lemmas, start, into);
        if (lemmas[start] != words[start])
            Add(lemmas[start], words, lemmas, start, into);
        foreach (var (stem, pattern) in _byStem)
        {
            if (TriggerPattern.Starts(stem, words[start]))
                into.Add(pattern);
        }
        if (into.Count < 2)
            return;
        into.Sort((a, b) => a.Order.CompareTo(b.Order));
        var kept = 1;
        for (var k = 1; k < into.Count; k++)
        {
            if (!ReferenceEquals(into[k], into[kept - 1]))
                into[kept++] = into[k];
        }
        into.RemoveRange(kept, into.Count - kept);
    }

    private void Add(string first, string[] words, string[] lemmas, int start, List<TriggerPattern> into)
    {
        if (!_byFirstWord.TryGetValue(first, out var entry))
            return;
        into.AddRange(entry.Always);
        if (entry.BySecondWord.Count == 0)
            return;
        for (var k = start + 1; k < words.Length && k <= start + Reach; k++)
        {
            if (entry.BySecondWord.TryGetValue(words[k], out var byWord))
                into.AddRange(byWord);
            if (lemmas[k] != words[k] && entry.BySecondWord.TryGetValue(lemmas[k], out var byLemma))
                into.AddRange(byLemma);
        }
    }

    /// <summary>The patterns of one first word: those tried always, and those keyed by a word of their second slot.</summary>
    private sealed record Entry(TriggerPattern[] Always, FrozenDictionary<string, TriggerPattern[]> BySecondWord)
    {
        public static Entry Of(List<TriggerPattern> patterns)
        {
            var always = new List<TriggerPattern>();
            var bySecond = new Dictionary<string, List<TriggerPattern>>(StringComparer.Ordinal);
            foreach (var pattern in patterns)
            {
                if (pattern.SecondWords is not { Count: > 0 } second)
                {
                    always.Add(pattern);
                    continue;
                }
                foreach (var word in second)
                    (bySecond.TryGetValue(word, out var list) ? list : bySecond[word] = []).Add(pattern);
            }
            return new Entry([.. always], bySecond.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}

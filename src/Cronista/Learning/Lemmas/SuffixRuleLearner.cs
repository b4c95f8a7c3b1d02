using System.Collections.Immutable;

namespace Cronista.Learning.Lemmas;

/// <summary>Learns, for each part of speech and word ending, the edit that most training words with that ending take.</summary>
/// <remarks>
/// Memory-based: every training word type votes for its edit at each of its suffixes (up to <c>maxSuffix</c>
/// characters, lower-cased, and the empty suffix). An unseen word takes the winning edit of its longest suffix that
/// at least <c>minSupport</c> training types share. Word types, not tokens, vote: unseen words are rare words, and
/// rare words inflect regularly, while the frequent irregular ones would outvote them.
/// </remarks>
internal sealed class SuffixRuleLearner(int maxSuffix)
{
    private readonly Dictionary<(string Upos, string Suffix), Dictionary<LemmaEdit, int>> _votes = [];
    private readonly HashSet<(string Form, string Upos, string Lemma)> _types = [];

    public int MaxSuffix => maxSuffix;

    /// <summary>Counts one occurrence of a word; only its first occurrence votes.</summary>
    public void Add(string form, string upos, string lemma)
    {
        if (!_types.Add((form, upos, lemma)))
            return;
        var edit = LemmaEdit.Between(form, lemma);
        var lower = form.ToLowerInvariant();
        for (var length = 0; length <= Math.Min(maxSuffix, lower.Length); length++)
        {
            var key = (upos, lower[^length..]);
            if (!_votes.TryGetValue(key, out var edits))
                _votes[key] = edits = [];
            edits[edit] = edits.GetValueOrDefault(edit) + 1;
        }
    }

    /// <summary>The edit the rules would give this training word had it not been in training (leave-one-out).</summary>
    public LemmaEdit? PredictLeavingOut(string form, string upos, string lemma, int minSupport)
    {
        var own = LemmaEdit.Between(form, lemma);
        var lower = form.ToLowerInvariant();
        for (var length = Math.Min(maxSuffix, lower.Length); length >= 0; length--)
        {
            if (!_votes.TryGetValue((upos, lower[^length..]), out var edits))
                continue;
            var best = Winner(edits, own);
            if (best is { } b && (b.Total >= minSupport || length == 0))
                return b.Edit;
        }
        return null;
    }

    /// <summary>The rules to store: nodes with enough support whose winner differs from the nearest shorter suffix's.</summary>
    /// <remarks>Dropping a node whose winner its shorter suffix also gives changes no prediction, and keeps the model small.</remarks>
    public ImmutableArray<SuffixRule> Build(int minSupport)
    {
        var winners = new Dictionary<(string Upos, string Suffix), LemmaEdit>();
        foreach (var (key, edits) in _votes)
        {
            if (Winner(edits, null) is { } best && (best.Total >= minSupport || key.Suffix.Length == 0))
                winners[key] = best.Edit;
        }
        var rules = ImmutableArray.CreateBuilder<SuffixRule>();
        foreach (var ((upos, suffix), edit) in winners)
        {
            if (suffix.Length > 0 && ShorterWinner(winners, upos, suffix) is { } shorter && shorter == edit)
                continue;
            rules.Add(new SuffixRule(upos, suffix, edit));
        }
        return [.. rules.OrderBy(r => r.Upos, StringComparer.Ordinal).ThenBy(r => r.Suffix, StringComparer.Ordinal)];
    }

    private static LemmaEdit? ShorterWinner(Dictionary<(string Upos, string Suffix), LemmaEdit> winners, string upos, string suffix)
    {
        for (var length = suffix.Length - 1; length >= 0; length--)
        {
            if (winners.TryGetValue((upos, suffix[^length..]), out var edit))
                return edit;
        }
        return null;
    }

    /// <summary>The most voted edit and the number of votes in all, one vote of <paramref name="leftOut"/> taken away; ties go to the first encoding in ordinal order.</summary>
    private static (LemmaEdit Edit, int Total)? Winner(Dictionary<LemmaEdit, int> edits, LemmaEdit? leftOut)
    {
        LemmaEdit? best = null;
        var bestCount = 0;
        var total = 0;
        foreach (var (edit, votes) in edits)
        {
            var count = leftOut is { } l && l == edit ? votes - 1 : votes;
            total += count;
            if (count <= 0)
                continue;
            if (best is null || count > bestCount || (count == bestCount && string.CompareOrdinal(edit.Encode(), best.Value.Encode()) < 0))
            {
                best = edit;
                bestCount = count;
            }
        }
        return best is { } b ? (b, total) : null;
    }
}

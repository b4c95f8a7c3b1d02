using System.Collections.Immutable;

namespace Cronista.Eval.Time;

/// <summary>A gold and a predicted TIMEX3 the scorer paired, or one of them alone.</summary>
/// <param name="Gold">The gold annotation, null for a spurious prediction.</param>
/// <param name="System">The prediction, null for a missed gold annotation.</param>
internal sealed record TimexPair(Timex? Gold, Timex? System)
{
    /// <summary>Both present: they overlap (TempEval-3's relaxed match).</summary>
    public bool Relaxed => Gold is not null && System is not null;

    /// <summary>The same characters (TempEval-3's strict match compares the tagged text; paired tags overlap, so this is the same extent).</summary>
    public bool Strict => Relaxed && Gold!.Start == System!.Start && Gold.End == System.End;

    public bool SameType => Relaxed && Gold!.Type == System!.Type;

    public bool SameValue => Relaxed && Gold!.Value == System!.Value;
}

/// <summary>Pairs gold and predicted TIMEX3 annotations of one document the way TempEval-3's scorer does.</summary>
/// <remarks>
/// The official script (TE3-evaluation.py) first runs TimeML-Normalizer, which gives overlapping tags of the two files
/// the same id, and then counts tags with equal ids. The normalizer walks the text once: when a tag begins inside a tag
/// of the other file that is still open, it takes that tag's id, unless its own file has already used that id or a later
/// one (so pairing is one to one and in text order); at the same position the gold tag goes first. Otherwise it gets a
/// new id. The normalizer works on tokens; here positions are characters, which is the same wherever tags start and end
/// on token boundaries, as both Cronista's and TimeBank's do.
/// </remarks>
internal static class TimexScorer
{
    /// <summary>Every gold and predicted annotation, paired where the official scorer pairs them, in text order.</summary>
    public static ImmutableArray<TimexPair> Pair(IReadOnlyList<Timex> gold, IReadOnlyList<Timex> system)
    {
        // (position, file: 0 gold then 1 system, index)
        var starts = gold.Select((t, i) => (t.Start, File: 0, Index: i))
            .Concat(system.Select((t, i) => (t.Start, File: 1, Index: i)))
            .OrderBy(s => s.Start).ThenBy(s => s.File).ThenBy(s => s.Index)
            .ToList();
        var ids = new[] { new int[gold.Count], new int[system.Count] };
        var lastUsed = new[] { 0, 0 };
        var files = new[] { gold, system };
        var next = 1;
        foreach (var (position, file, index) in starts)
        {
            var other = 1 - file;
            var id = next;
            // The other file's tag open here: it began before (or, for a system tag, at) this position and has not ended.
            for (var k = 0; k < files[other].Count; k++)
            {
                var candidate = files[other][k];
                var opened = file == 1 ? candidate.Start <= position : candidate.Start < position;
                if (opened && position < candidate.End && ids[other][k] != 0)
                {
                    if (lastUsed[file] < ids[other][k])
                        id = ids[other][k];
                    break;
                }
            }
            ids[file][index] = id;
            lastUsed[file] = id;
            if (id == next)
                next++;
        }
        var bySystemId = new Dictionary<int, Timex>();
        for (var k = 0; k < system.Count; k++)
            bySystemId[ids[1][k]] = system[k];
        var pairs = new List<(int Order, TimexPair Pair)>();
        var paired = new HashSet<int>();
        for (var k = 0; k < gold.Count; k++)
        {
            if (bySystemId.TryGetValue(ids[0][k], out var match))
            {
                paired.Add(ids[0][k]);
                pairs.Add((gold[k].Start, new TimexPair(gold[k], match)));
            }
            else
                pairs.Add((gold[k].Start, new TimexPair(gold[k], null)));
        }
        for (var k = 0; k < system.Count; k++)
        {
            if (!paired.Contains(ids[1][k]))
                pairs.Add((system[k].Start, new TimexPair(null, system[k])));
        }
        return [.. pairs.OrderBy(p => p.Order).Select(p => p.Pair)];
    }
}

using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Entities.Learned;

/// <summary>What a first tagging pass said about each capitalised word elsewhere in the same document: the type
/// (or "no entity") most of its other occurrences got, and the type it got itself.</summary>
/// <remarks>
/// A name is usually the same kind of thing throughout an article, but a sentence alone can mislead ("Jordan said"
/// after "Michael Jordan", "Washington" the team and the city). The second pass weighs these votes as features, as in
/// Krishnan and Manning's (2006) two-stage tagger; only capitalised words vote and are voted on.
/// </remarks>
internal sealed class FirstPassVotes
{
    /// <summary>Per token, 1 + the index of the majority type among the word's other occurrences ("O" is index 0), or 0.</summary>
    public byte[] Others { get; }

    /// <summary>Per token, 1 + the index of the type the first pass gave it ("O" is index 0).</summary>
    public byte[] Own { get; }

    public FirstPassVotes(TokenAtoms[] atoms, ReadOnlySpan<int> labels, LabelSet labelSet)
    {
        var types = TypesOf(labelSet);
        var typeCount = types.Max() + 1;
        Others = new byte[atoms.Length];
        Own = new byte[atoms.Length];
        var counts = new Dictionary<ulong, int[]>();
        for (var t = 0; t < atoms.Length; t++)
        {
            Own[t] = (byte)(1 + types[labels[t]]);
            if (!atoms[t].Capitalised)
                continue;
            if (!counts.TryGetValue(atoms[t].Form, out var byType))
                counts[atoms[t].Form] = byType = new int[typeCount];
            byType[types[labels[t]]]++;
        }
        for (var t = 0; t < atoms.Length; t++)
        {
            if (!atoms[t].Capitalised)
                continue;
            var byType = counts[atoms[t].Form];
            var own = types[labels[t]];
            var best = -1;
            var bestCount = 0;
            for (var k = 0; k < byType.Length; k++)
            {
                var others = byType[k] - (k == own ? 1 : 0);
                if (others > bestCount)
                    (best, bestCount) = (k, others);
            }
            Others[t] = (byte)(best + 1);
        }
    }

    /// <summary>The type index of each label: 0 for "O", then one per entity type in order of appearance (B- and I- share it).</summary>
    private static int[] TypesOf(LabelSet labelSet)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal) { ["O"] = 0 };
        return [.. labelSet.Names.Select(name =>
        {
            var type = name.Length > 2 && name[1] == '-' ? name[2..] : name;
            if (!indexes.TryGetValue(type, out var index))
                indexes[type] = index = indexes.Count;
            return index;
        })];
    }
}

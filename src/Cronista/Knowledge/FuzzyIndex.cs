using System.Numerics;

namespace Cronista.Knowledge;

/// <summary>Finds names within a small edit distance of a misspelling that start like it, among a fixed set of names bucketed by length.</summary>
/// <remarks>A letter-set signature rules out most candidates before the edit distance is computed: one edit
/// changes at most two bits of the set of letters a name uses.</remarks>
internal sealed class FuzzyIndex
{
    private readonly Bucket[] _byLength;

    public FuzzyIndex(IEnumerable<(string Key, int Target)> names)
    {
        var byLength = new List<List<(string Key, int Target)>>();
        foreach (var name in names)
        {
            while (byLength.Count <= name.Key.Length)
                byLength.Add([]);
            byLength[name.Key.Length].Add(name);
        }
        _byLength = new Bucket[byLength.Count];
        for (var length = 0; length < byLength.Count; length++)
        {
            var items = byLength[length];
            var keys = new string[items.Count];
            var targets = new int[items.Count];
            var signatures = new ulong[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                keys[i] = items[i].Key;
                targets[i] = items[i].Target;
                signatures[i] = Signature(items[i].Key);
            }
            _byLength[length] = new Bucket(keys, targets, signatures);
        }
    }

    /// <summary>How many names the index holds.</summary>
    public int Count => _byLength.Sum(b => b.Keys.Length);

    /// <summary>The targets of names within <paramref name="maxDistance"/> of the key, with the distance, nearest first.</summary>
    public List<(int Target, string Key, int Distance)> Find(string key, int maxDistance)
    {
        var found = new List<(int Target, string Key, int Distance)>();
        if (maxDistance <= 0)
            return found;
        var signature = Signature(key);
        var from = Math.Max(0, key.Length - maxDistance);
        var to = Math.Min(_byLength.Length - 1, key.Length + maxDistance);
        for (var length = from; length <= to; length++)
        {
            var bucket = _byLength[length];
            for (var i = 0; i < bucket.Keys.Length; i++)
            {
                if (BitOperations.PopCount(bucket.Signatures[i] ^ signature) > 2 * maxDistance || !SameStart(key, bucket.Keys[i]))
                    continue;
                var distance = EditDistance.Bounded(key, bucket.Keys[i], maxDistance);
                if (distance <= maxDistance)
                    found.Add((bucket.Targets[i], bucket.Keys[i], distance));
            }
        }
        found.Sort((x, y) => x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance)
            : string.CompareOrdinal(x.Key, y.Key) is var byKey and not 0 ? byKey : x.Target.CompareTo(y.Target));
        return found;
    }

    // Misspellings in news rarely touch the first letter; requiring it (or a swap of the first two) keeps
    // "Berlni" on Berlin without reaching every name that differs at the start.
    private static bool SameStart(string a, string b) =>
        a.Length > 1 && b.Length > 1 && (a[0] == b[0] || (a[0] == b[1] && a[1] == b[0]));

    private static ulong Signature(string key)
    {
        ulong bits = 0;
        foreach (var c in key)
            bits |= c is >= 'a' and <= 'z' ? 1UL << (c - 'a') : 1UL << (26 + (c % 38));
        return bits;
    }

    private sealed record Bucket(string[] Keys, int[] Targets, ulong[] Signatures);
}

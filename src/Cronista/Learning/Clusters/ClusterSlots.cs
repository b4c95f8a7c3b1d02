namespace Cronista.Learning.Clusters;

/// <summary>The clusters active during Brown clustering, each in a slot, with what merging any two of them would cost.</summary>
/// <remarks>
/// The quality of a clustering is the mutual information between the clusters of adjacent words:
/// the sum over cluster pairs (a, b) of q(a, b) = p(a, b) · log(p(a, b) / (p(a) · p(b))), where p(a, b) is the share
/// of bigrams whose first word is in a and second in b, and p(a) the share of tokens in a. <c>Loss(a, b)</c> is how
/// much that sum falls if a and b are merged. Keeping every pair's loss up to date after a change costs O(C²) — only
/// the terms that involve the changed clusters move — where computing them afresh would cost O(C³) (Liang 2005,
/// section 3.3.2, and his brown-cluster program).
/// </remarks>
internal sealed class ClusterSlots
{
    private readonly int _size;
    private readonly double[] _unigram;
    private readonly double[] _bigram;
    private readonly double[] _q;
    private readonly double[] _loss;
    private readonly double[] _touching;
    private readonly double[] _sharedBigrams;
    private readonly bool[] _used;

    /// <param name="size">How many slots: the number of clusters kept, plus one for the word being added.</param>
    public ClusterSlots(int size)
    {
        _size = size;
        _unigram = new double[size];
        _bigram = new double[size * size];
        _q = new double[size * size];
        _loss = new double[size * size];
        _touching = new double[size];
        _sharedBigrams = new double[size];
        _used = new bool[size];
    }

    /// <summary>How many slots hold a cluster.</summary>
    public int Count { get; private set; }

    /// <summary>Whether a slot holds a cluster.</summary>
    public bool IsUsed(int slot) => _used[slot];

    /// <summary>The first free slot.</summary>
    public int FreeSlot() => Array.IndexOf(_used, false);

    /// <summary>Puts a new one-word cluster into a free slot.</summary>
    /// <param name="slot">The free slot.</param>
    /// <param name="unigram">The word's share of the tokens.</param>
    /// <param name="following">For each slot, the share of bigrams "this word, then a word of that slot"; at
    /// <paramref name="slot"/> itself, the word followed by itself.</param>
    /// <param name="preceding">For each slot, the share of bigrams "a word of that slot, then this word".</param>
    public void Add(int slot, double unigram, double[] following, double[] preceding)
    {
        _used[slot] = true;
        Count++;
        _unigram[slot] = unigram;
        for (var x = 0; x < _size; x++)
        {
            _bigram[(slot * _size) + x] = _used[x] ? following[x] : 0;
            if (x != slot)
                _bigram[(x * _size) + slot] = _used[x] ? preceding[x] : 0;
        }
        RefreshQ(slot);

        // Pairs that do not include the new cluster lose the new terms it brings only when one of them is
        // adjacent to it in the text; the rest are untouched.
        var adjacent = new bool[_size];
        var list = new List<int>();
        for (var x = 0; x < _size; x++)
        {
            if (_used[x] && x != slot && (_bigram[(slot * _size) + x] > 0 || _bigram[(x * _size) + slot] > 0))
            {
                adjacent[x] = true;
                list.Add(x);
            }
        }
        Parallel.ForEach(list, u =>
        {
            for (var v = 0; v < _size; v++)
            {
                if (!_used[v] || v == u || v == slot || (adjacent[v] && v < u))
                    continue;
                var (a, b) = u < v ? (u, v) : (v, u);
                _loss[(a * _size) + b] += PairQ(a, slot) + PairQ(b, slot) - MergedPairQ(a, b, slot);
            }
        });
        RefreshTouching();
        Parallel.For(0, _size, x =>
        {
            if (_used[x] && x != slot)
            {
                var (a, b) = x < slot ? (x, slot) : (slot, x);
                _loss[(a * _size) + b] = LossWithNew(x, slot, list);
            }
        });
    }

    /// <summary>The two clusters whose merging loses the least; ties go to the lowest slots.</summary>
    public (int Kept, int Freed) CheapestMerge()
    {
        var best = double.PositiveInfinity;
        (int, int) pair = (-1, -1);
        for (var u = 0; u < _size; u++)
        {
            if (!_used[u])
                continue;
            for (var v = u + 1; v < _size; v++)
            {
                if (_used[v] && _loss[(u * _size) + v] < best)
                {
                    best = _loss[(u * _size) + v];
                    pair = (u, v);
                }
            }
        }
        return pair;
    }

    /// <summary>Merges the cluster in slot <paramref name="freed"/> into the one in slot <paramref name="kept"/>.</summary>
    public void Merge(int kept, int freed)
    {
        var s = kept;
        var t = freed;
        var merged = _unigram[s] + _unigram[t];
        var mergedSelf = _bigram[(s * _size) + s] + _bigram[(s * _size) + t] + _bigram[(t * _size) + s] + _bigram[(t * _size) + t];

        // Every other pair's loss counts its terms with s and with t; after the merge they are terms with s ∪ t.
        var withS = new double[_size];
        var withT = new double[_size];
        var withMerged = new double[_size];
        for (var x = 0; x < _size; x++)
        {
            if (!_used[x] || x == s || x == t)
                continue;
            withS[x] = PairQ(x, s);
            withT[x] = PairQ(x, t);
            withMerged[x] = Q(_bigram[(x * _size) + s] + _bigram[(x * _size) + t], _unigram[x], merged)
                + Q(_bigram[(s * _size) + x] + _bigram[(t * _size) + x], merged, _unigram[x]);
        }
        Parallel.For(0, _size, u =>
        {
            if (!_used[u] || u == s || u == t)
                return;
            for (var v = u + 1; v < _size; v++)
            {
                if (!_used[v] || v == s || v == t)
                    continue;
                var before = withS[u] + withT[u] + withS[v] + withT[v] - MergedPairQ(u, v, s) - MergedPairQ(u, v, t);
                var after = withMerged[u] + withMerged[v] - MergedPairQ(u, v, s, t, merged);
                _loss[(u * _size) + v] += after - before;
            }
        });

        _unigram[s] = merged;
        for (var x = 0; x < _size; x++)
        {
            if (_used[x] && x != s && x != t)
            {
                _bigram[(s * _size) + x] += _bigram[(t * _size) + x];
                _bigram[(x * _size) + s] += _bigram[(x * _size) + t];
            }
            _bigram[(t * _size) + x] = _bigram[(x * _size) + t] = 0;
            _q[(t * _size) + x] = _q[(x * _size) + t] = 0;
        }
        _bigram[(s * _size) + s] = mergedSelf;
        _unigram[t] = 0;
        _used[t] = false;
        Count--;
        RefreshQ(s);
        RefreshLossesOf(s);
    }

    /// <summary>The kept loss of merging a and b (a &lt; b), as the incremental updates left it.</summary>
    internal double KeptLoss(int a, int b) => _loss[(a * _size) + b];

    /// <summary>The loss of merging a and b computed from scratch, to check <see cref="KeptLoss"/> against.</summary>
    internal double RecomputedLoss(int a, int b) => FreshLoss(a, b);

    private static double Q(double joint, double first, double second) =>
        joint > 0 ? joint * Math.Log(joint / (first * second)) : 0;

    /// <summary>The terms of the two clusters with each other, both ways round.</summary>
    private double PairQ(int a, int b) => _q[(a * _size) + b] + _q[(b * _size) + a];

    /// <summary>The terms between u ∪ v, were they merged, and x, both ways round.</summary>
    private double MergedPairQ(int u, int v, int x)
    {
        var merged = _unigram[u] + _unigram[v];
        return Q(_bigram[(u * _size) + x] + _bigram[(v * _size) + x], merged, _unigram[x])
            + Q(_bigram[(x * _size) + u] + _bigram[(x * _size) + v], _unigram[x], merged);
    }

    /// <summary>The terms between u ∪ v and s ∪ t, were both merged, both ways round.</summary>
    private double MergedPairQ(int u, int v, int s, int t, double st)
    {
        var uv = _unigram[u] + _unigram[v];
        return Q(_bigram[(u * _size) + s] + _bigram[(u * _size) + t] + _bigram[(v * _size) + s] + _bigram[(v * _size) + t], uv, st)
            + Q(_bigram[(s * _size) + u] + _bigram[(t * _size) + u] + _bigram[(s * _size) + v] + _bigram[(t * _size) + v], st, uv);
    }

    private void RefreshQ(int slot)
    {
        for (var x = 0; x < _size; x++)
        {
            if (!_used[x])
                continue;
            _q[(slot * _size) + x] = Q(_bigram[(slot * _size) + x], _unigram[slot], _unigram[x]);
            _q[(x * _size) + slot] = Q(_bigram[(x * _size) + slot], _unigram[x], _unigram[slot]);
        }
    }

    /// <summary>For every cluster, the sum of the terms that involve it, and its share of bigrams with the others.</summary>
    private void RefreshTouching()
    {
        for (var a = 0; a < _size; a++)
        {
            if (!_used[a])
                continue;
            double q = 0, p = 0;
            for (var x = 0; x < _size; x++)
            {
                if (_used[x])
                {
                    q += _q[(a * _size) + x] + _q[(x * _size) + a];
                    p += _bigram[(a * _size) + x] + _bigram[(x * _size) + a];
                }
            }
            _touching[a] = q - _q[(a * _size) + a];
            _sharedBigrams[a] = p - (2 * _bigram[(a * _size) + a]);
        }
    }

    /// <summary>The loss of merging x with the new one-word cluster t, which is adjacent only to the clusters in
    /// <paramref name="adjacent"/>: the same sum as <see cref="FreshLoss"/>, in O(|adjacent|) rather than O(C).</summary>
    /// <remarks>For a cluster y that t never meets, the terms between x ∪ t and y differ from those between x and y
    /// only by the larger share of x ∪ t: q(x∪t, y) = q(x, y) + p(x, y) · log(p(x) / p(x∪t)), and so for the
    /// reverse order. Summed over all those y, that is x's terms and bigram share with every cluster, less those with
    /// t and with the clusters t meets, which are computed in full.</remarks>
    private double LossWithNew(int x, int t, List<int> adjacent)
    {
        var merged = _unigram[x] + _unigram[t];
        var self = _bigram[(x * _size) + x] + _bigram[(x * _size) + t] + _bigram[(t * _size) + x] + _bigram[(t * _size) + t];
        var apartQ = _touching[x] - _q[(x * _size) + x] - PairQ(x, t);
        var apartP = _sharedBigrams[x] - _bigram[(x * _size) + t] - _bigram[(t * _size) + x];
        var exact = 0.0;
        foreach (var y in adjacent)
        {
            if (y == x)
                continue;
            apartQ -= PairQ(x, y);
            apartP -= _bigram[(x * _size) + y] + _bigram[(y * _size) + x];
            exact += MergedPairQ(x, t, y);
        }
        var rest = apartP > 0 ? apartQ + (apartP * Math.Log(_unigram[x] / merged)) : apartQ;
        return _touching[x] + _touching[t] - PairQ(x, t) - Q(self, merged, merged) - rest - exact;
    }

    /// <summary>Computes afresh the loss of merging the cluster in <paramref name="slot"/> with each other one.</summary>
    private void RefreshLossesOf(int slot)
    {
        RefreshTouching();
        Parallel.For(0, _size, x =>
        {
            if (_used[x] && x != slot)
            {
                var (a, b) = x < slot ? (x, slot) : (slot, x);
                _loss[(a * _size) + b] = FreshLoss(a, b);
            }
        });
    }

    /// <summary>The loss of merging a and b: the terms that touch either, less those of their union.</summary>
    private double FreshLoss(int a, int b)
    {
        var merged = _unigram[a] + _unigram[b];
        var self = _bigram[(a * _size) + a] + _bigram[(a * _size) + b] + _bigram[(b * _size) + a] + _bigram[(b * _size) + b];
        var loss = _touching[a] + _touching[b] - PairQ(a, b) - Q(self, merged, merged);
        for (var x = 0; x < _size; x++)
        {
            if (_used[x] && x != a && x != b)
                loss -= MergedPairQ(a, b, x);
        }
        return loss;
    }
}

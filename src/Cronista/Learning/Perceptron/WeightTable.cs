namespace Cronista.Learning.Perceptron;

/// <summary>Read-only weights of a trained model: feature key → one weight per label, in an open-addressing table.</summary>
/// <remarks>Lookups allocate nothing; a key absent from the table contributes nothing to the scores.</remarks>
public sealed class WeightTable
{
    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;

    /// <summary>Builds the table from parallel arrays: <paramref name="weights"/> holds <paramref name="labels"/> values per key.</summary>
    public WeightTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int labels)
    {
        Labels = labels;
        Count = keys.Length;
        var capacity = 16;
        while (capacity < keys.Length * 2)
            capacity <<= 1;
        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _weights = new float[capacity * labels];
        for (var i = 0; i < keys.Length; i++)
        {
            // Key 0 marks an empty slot; a real key of 0 is as unlikely as any collision and is dropped.
            if (keys[i] == 0)
                continue;
            var slot = (int)keys[i] & _mask;
            while (_keys[slot] != 0)
                slot = (slot + 1) & _mask;
            _keys[slot] = keys[i];
            weights.Slice(i * labels, labels).CopyTo(_weights.AsSpan(slot * labels, labels));
        }
    }

    /// <summary>How many weights each feature has: one per label.</summary>
    public int Labels { get; }

    /// <summary>How many features the table holds.</summary>
    public int Count { get; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (one per label).</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var key in features)
        {
            var slot = (int)key & _mask;
            while (true)
            {
                var found = _keys[slot];
                if (found == key)
                {
                    var row = _weights.AsSpan(slot * Labels, Labels);
                    for (var l = 0; l < row.Length; l++)
                        scores[l] += row[l];
                    break;
                }
                if (found == 0)
                    break;
                slot = (slot + 1) & _mask;
            }
        }
    }
}

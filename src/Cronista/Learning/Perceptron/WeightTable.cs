using System.Numerics;

namespace Cronista.Learning.Perceptron;

/// <summary>Read-only weights of a trained model: feature key → one weight per label.</summary>
/// <remarks>
/// Keys sit in an open-addressing table (load at most three quarters) that points into a dense array of rows, so the
/// weights take count × labels floats however sparse the table is, and a row is read in one or two cache lines.
/// Beside the table, one byte per slot holds a fingerprint of its key (0 when empty): most features of a sentence
/// are absent from the model, and this small array, which stays in the processor's cache, turns most of them away
/// without touching the table. Lookups allocate nothing; an absent key contributes nothing to the scores.
/// </remarks>
public sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly byte[] _fingerprints;
    private readonly float[] _weights;
    private readonly int _mask;

    /// <summary>Builds the table from parallel arrays: <paramref name="weights"/> holds <paramref name="labels"/> values per key.</summary>
    public WeightTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int labels)
    {
        Labels = labels;
        Count = keys.Length;
        var capacity = 16;
        while (capacity * 3 < keys.Length * 4)
            capacity <<= 1;
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        _fingerprints = new byte[capacity];
        _weights = weights[..(keys.Length * labels)].ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            // Key 0 marks an empty slot; a real key of 0 is as unlikely as any collision and is dropped.
            if (keys[i] == 0)
                continue;
            var slot = (int)keys[i] & _mask;
            while (_fingerprints[slot] != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot(keys[i], i * labels);
            _fingerprints[slot] = Fingerprint(keys[i]);
        }
    }

    /// <summary>How many weights each key has.</summary>
    public int Labels { get; }

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; }

    /// <summary>Adds to <paramref name="scores"/> (one per label) the weights of every feature present in the table.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var key in features)
        {
            var slot = (int)key & _mask;
            var fingerprint = Fingerprint(key);
            for (var seen = _fingerprints[slot]; seen != 0; seen = _fingerprints[slot = (slot + 1) & _mask])
            {
                if (seen == fingerprint && _slots[slot].Key == key)
                {
                    Add(scores, _weights.AsSpan(_slots[slot].Row, Labels));
                    break;
                }
            }
        }
    }

    /// <summary>The top byte of the key, never 0 (which marks an empty slot); the low bits already chose the slot.</summary>
    private static byte Fingerprint(ulong key) => (byte)((key >> 56) | 1);

    private static void Add(Span<float> scores, ReadOnlySpan<float> row)
    {
        var l = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; l <= row.Length - Vector<float>.Count; l += Vector<float>.Count)
                (new Vector<float>(scores[l..]) + new Vector<float>(row[l..])).CopyTo(scores[l..]);
        }
        for (; l < row.Length; l++)
            scores[l] += row[l];
    }

    private readonly record struct Slot(ulong Key, int Row);
}

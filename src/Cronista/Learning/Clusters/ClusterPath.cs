using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Learning.Clusters;

/// <summary>One cluster of the word cluster tree: its path from the root, and its prefixes, ready for use as features.</summary>
/// <remarks>A prefix of length k names the ancestor k branches below the root, a coarser class the shorter it is;
/// lengths 4, 6, 10 and 20 are the usual features (Ratinov and Roth 2009). A path shorter than k is its own
/// prefix of length k, so every word has a feature at every length.</remarks>
public sealed class ClusterPath
{
    /// <summary>The longest prefix <see cref="PrefixId"/> can number.</summary>
    public const int MaxPrefixIdLength = 30;

    /// <summary>The prefix lengths the taggers' features use.</summary>
    private static readonly int[] FeatureLengths = [4, 6, 10, 20];

    private readonly string[] _prefixes;
    private readonly int[] _prefixIds;

    internal ClusterPath(string bits, Func<string, string> shared)
    {
        Bits = bits;
        _prefixes = new string[bits.Length + 1];
        _prefixIds = new int[Math.Min(bits.Length, MaxPrefixIdLength) + 1];
        for (var k = 0; k <= bits.Length; k++)
            _prefixes[k] = shared(bits[..k]);
        var value = 0;
        for (var k = 0; k < _prefixIds.Length; k++)
        {
            _prefixIds[k] = (1 << k) | value;
            if (k < bits.Length)
                value = (value << 1) | (bits[k] - '0');
        }
        var features = new Affixes();
        for (var n = 0; n < FeatureLengths.Length; n++)
            features[n] = FeatureHash.Of(Prefix(FeatureLengths[n]));
        FeaturePrefixes = features;
    }

    /// <summary>The hashes of the prefixes of 4, 6, 10 and 20 branches, as the taggers' features read them.</summary>
    public Affixes FeaturePrefixes { get; }

    /// <summary>The path: '0' and '1' from the root down ("0110100").</summary>
    public string Bits { get; }

    /// <summary>The first <paramref name="length"/> branches of the path (the whole path when it is shorter);
    /// the strings are shared, so asking allocates nothing.</summary>
    public string Prefix(int length) => _prefixes[Math.Clamp(length, 0, Bits.Length)];

    /// <summary>A number that stands for <see cref="Prefix"/>(<paramref name="length"/>) and no other prefix of
    /// any length up to <see cref="MaxPrefixIdLength"/>: a 1 bit above the prefix's bits.</summary>
    public int PrefixId(int length) => _prefixIds[Math.Clamp(length, 0, _prefixIds.Length - 1)];

    /// <inheritdoc/>
    public override string ToString() => Bits;
}

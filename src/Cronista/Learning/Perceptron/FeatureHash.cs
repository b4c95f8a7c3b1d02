namespace Cronista.Learning.Perceptron;

/// <summary>64-bit feature keys computed from a template number and character spans, without allocating strings.</summary>
/// <remarks>Keys are FNV-1a over the characters, finished with the SplitMix64 mixer so that their low bits spread
/// evenly over an open-addressing table. Two features colliding on 64 bits is negligible at a few million features.</remarks>
public static class FeatureHash
{
    private const ulong Basis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of a character span, to be combined with a template by <see cref="Key(int, ulong)"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> value)
    {
        var hash = Basis;
        foreach (var c in value)
        {
            hash ^= c;
            hash *= Prime;
        }
        return Mix(hash);
    }

    /// <summary>The key of a feature made of one template and one value.</summary>
    public static ulong Key(int template, ulong value) => Mix(value ^ ((ulong)(uint)template << 48) ^ 0x9E3779B97F4A7C15UL);

    /// <summary>The key of a feature joining two values under one template (a word and its neighbour).</summary>
    public static ulong Key(int template, ulong first, ulong second) => Key(template, Mix(first * 31 + second));

    /// <summary>The key of a feature joining three values under one template.</summary>
    public static ulong Key(int template, ulong first, ulong second, ulong third) => Key(template, Mix(Mix(first * 31 + second) * 31 + third));

    /// <summary>The key of a template that has no value (the bias).</summary>
    public static ulong Key(int template) => Key(template, 0UL);

    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}

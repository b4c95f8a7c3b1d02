using System.Collections.Immutable;

namespace Cronista.Learning.Perceptron;

/// <summary>The labels a sequence model chooses from, and which may follow which.</summary>
public sealed class LabelSet
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a label set; with <paramref name="bio"/>, I-X may only follow B-X or I-X.</summary>
    public LabelSet(IEnumerable<string> labels, bool bio)
    {
        Names = [.. labels];
        Bio = bio;
        _index = Names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var count = Names.Length;
        var allowed = new bool[(count + 1) * count];
        for (var from = 0; from <= count; from++)
        {
            for (var to = 0; to < count; to++)
                allowed[from * count + to] = !bio || Follows(from < count ? Names[from] : null, Names[to]);
        }
        Allowed = [.. allowed];
    }

    /// <summary>The labels, by index.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>True when the labels are IOB2 chunk tags.</summary>
    public bool Bio { get; }

    /// <summary>How many labels there are.</summary>
    public int Count => Names.Length;

    /// <summary>Allowed transitions, ((labels + 1) × labels); the last row is the sentence start.</summary>
    public ImmutableArray<bool> Allowed { get; }

    /// <summary>The index of a label, or -1.</summary>
    public int IndexOf(string label) => _index.GetValueOrDefault(label, -1);

    /// <summary>The IOB2 labels for entity types: O, then B- and I- of each type.</summary>
    public static LabelSet Iob2(IEnumerable<string> types) =>
        new(["O", .. types.SelectMany(t => new[] { "B-" + t, "I-" + t })], bio: true);

    private static bool Follows(string? previous, string label)
    {
        if (!label.StartsWith("I-", StringComparison.Ordinal))
            return true;
        return previous is not null && previous.Length > 2 && previous[0] is 'B' or 'I' && previous.AsSpan(2).SequenceEqual(label.AsSpan(2));
    }
}

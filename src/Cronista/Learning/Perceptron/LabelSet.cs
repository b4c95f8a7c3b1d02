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
        _chunkTypes = [.. Names.Select(n => bio && n.Length > 2 && n[1] == '-' ? n[2..] : null)];
    }

    private readonly string?[] _chunkTypes;

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

    /// <summary>Reads IOB2 labels as chunks: a B- label opens one, an I- label continues one of its type (or opens one
    /// after anything else), every other label ends it. Token offsets in the chunks are shifted by <paramref name="offset"/>.</summary>
    public void AddChunks(ReadOnlySpan<int> labels, int offset, List<LabelChunk> chunks)
    {
        var start = -1;
        for (var t = 0; t <= labels.Length; t++)
        {
            var type = t < labels.Length ? _chunkTypes[labels[t]] : null;
            var continues = type is not null && Names[labels[t]][0] == 'I' && start >= 0 && _chunkTypes[labels[start]] == type;
            if (start >= 0 && !continues)
            {
                chunks.Add(new LabelChunk(offset + start, offset + t, _chunkTypes[labels[start]]!));
                start = -1;
            }
            if (type is not null && start < 0)
                start = t;
        }
    }

    private static bool Follows(string? previous, string label)
    {
        if (!label.StartsWith("I-", StringComparison.Ordinal))
            return true;
        return previous is not null && previous.Length > 2 && previous[0] is 'B' or 'I' && previous.AsSpan(2).SequenceEqual(label.AsSpan(2));
    }
}

/// <summary>A run of tokens [<paramref name="Start"/>, <paramref name="End"/>) labelled as one chunk of a type ("PER").</summary>
public readonly record struct LabelChunk(int Start, int End, string Type);

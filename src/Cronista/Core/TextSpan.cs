namespace Cronista.Core;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 offsets into a document's text.</summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    /// <summary>Creates a span; <paramref name="start"/> must not be after <paramref name="end"/>.</summary>
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(start), $"A span needs 0 <= start <= end; got [{start}, {end}).");
        Start = start;
        End = end;
    }

    /// <summary>The first offset inside the span.</summary>
    public int Start { get; }

    /// <summary>The first offset after the span.</summary>
    public int End { get; }

    /// <summary>The number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => Start == End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the two spans share at least one offset.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The smallest span that covers both spans.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>Orders by start, then by end.</summary>
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}

namespace Cronista.Learning.Features;

/// <summary>Word shapes: what a word looks like rather than what it says ("Jong-un" → "Xx-x").</summary>
public static class WordShape
{
    /// <summary>Writes the shape of <paramref name="word"/> into <paramref name="shape"/> and returns its length:
    /// upper-case letters become X, lower-case x, digits d, other characters stay; runs longer than
    /// <paramref name="run"/> are cut ("Washington" → "Xxxxx" with run 4, "Xx" with run 1).</summary>
    public static int Write(ReadOnlySpan<char> word, int run, Span<char> shape)
    {
        var length = 0;
        var repeated = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            repeated = kind == last ? repeated + 1 : 1;
            last = kind;
            if (repeated > run)
                continue;
            if (length == shape.Length)
                break;
            shape[length++] = kind;
        }
        return length;
    }

    /// <summary>Writes the lower-case form of <paramref name="word"/> with every digit as '0', cut to the length of
    /// <paramref name="lower"/>; returns its length.</summary>
    public static int WriteLower(ReadOnlySpan<char> word, Span<char> lower)
    {
        var length = Math.Min(word.Length, lower.Length);
        for (var i = 0; i < length; i++)
        {
            var c = word[i];
            lower[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        return length;
    }
}

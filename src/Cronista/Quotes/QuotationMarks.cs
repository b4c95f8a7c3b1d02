using Cronista.Core;

namespace Cronista.Quotes;

/// <summary>Finds quoted passages by their marks: “…”, «…», „…“, ‹…›, "…" and ‘…’, each closed within its paragraph.</summary>
internal static class QuotationMarks
{
    // A quotation longer than this is more likely an unclosed mark than a speech.
    private const int MaxLength = 3000;

    /// <summary>Each quotation: the whole span with its marks, and the words inside them.</summary>
    public static List<(TextSpan Outer, TextSpan Inner)> Find(string text)
    {
        var found = new List<(TextSpan, TextSpan)>();
        var i = 0;
        while (i < text.Length)
        {
            var closers = ClosersFor(text, i);
            if (closers is null)
            {
                i++;
                continue;
            }
            var close = FindClose(text, i + 1, closers);
            if (close < 0)
            {
                i++;
                continue;
            }
            var inner = Trim(text, i + 1, close);
            if (!inner.IsEmpty)
                found.Add((new TextSpan(i, close + 1), inner));
            i = close + 1;
        }
        return found;
    }

    private static string? ClosersFor(string text, int i) => text[i] switch
    {
        '“' => "”“",
        '«' => "»",
        '„' => "“”",
        '‹' => "›",
        '"' when IsOpeningStraight(text, i) => "\"",
        '‘' when i == 0 || !char.IsLetterOrDigit(text[i - 1]) => "’",
        _ => null,
    };

    /// <summary>A straight quote opens a quotation after a space, a bracket or a dash, not after a letter.</summary>
    private static bool IsOpeningStraight(string text, int i) =>
        (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static int FindClose(string text, int from, string closers)
    {
        var limit = Math.Min(text.Length, from + MaxLength);
        for (var j = from; j < limit; j++)
        {
            if (text[j] == '\n' && j + 1 < text.Length && text.AsSpan(j + 1).TrimStart(" \t\r").StartsWith("\n"))
                return -1;
            if (closers.Contains(text[j]) && (closers != "’" || j + 1 >= text.Length || !char.IsLetter(text[j + 1])))
                return j;
        }
        return -1;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        // "We had a very good conversation," — the comma before the closing mark belongs to the sentence, not the words.
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
            end--;
        return new TextSpan(start, end);
    }
}

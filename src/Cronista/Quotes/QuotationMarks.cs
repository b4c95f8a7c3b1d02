using Cronista.Core;

namespace Cronista.Quotes;

/// <summary>Finds quoted passages by their marks: “…”, «…», „…“, ‹…›, "…", ‘…’ and ``…'', each closed within its paragraph.</summary>
/// <remarks>
/// A mark left open never swallows the text after it: the search for its closing mark stops at the end of the paragraph
/// and at a second opening mark of the same kind, and the open mark is then no quotation, except that a paragraph of
/// speech whose next paragraph opens with the same mark is one (the press convention for a quotation running over
/// several paragraphs: each opens, only the last closes).
/// </remarks>
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
            var mark = MarkAt(text, i);
            if (mark is null)
            {
                i++;
                continue;
            }
            var (opener, closers) = mark.Value;
            var from = i + opener.Length;
            var (close, closeLength) = FindClose(text, from, opener, closers);
            if (close < 0 && ParagraphContinuedBy(text, from, opener) is { } paragraphEnd)
                (close, closeLength) = (paragraphEnd, 0);
            if (close < 0)
            {
                i += opener.Length;
                continue;
            }
            var inner = Trim(text, from, close);
            if (!inner.IsEmpty)
                found.Add((new TextSpan(i, close + closeLength), inner));
            i = close + Math.Max(1, closeLength);
        }
        return found;
    }

    /// <summary>The opening mark at this position and the marks that may close it.</summary>
    private static (string Opener, string[] Closers)? MarkAt(string text, int i) => text[i] switch
    {
        '“' => ("“", ["”", "“"]),
        '«' => ("«", ["»"]),
        '„' => ("„", ["“", "”"]),
        '‹' => ("‹", ["›"]),
        // Copy that mixes its marks ("… behind him,” said Gorski) closes a straight quote with a curly one.
        '"' when IsOpeningStraight(text, i) => ("\"", ["\"", "”"]),
        '‘' when i == 0 || !char.IsLetterOrDigit(text[i - 1]) => ("‘", ["’"]),
        // ``Typewriter quotes'' of older wire copy and of corpora converted from it (TIGER, the Penn Treebank).
        '`' when i + 1 < text.Length && text[i + 1] == '`' => ("``", ["''"]),
        _ => null,
    };

    /// <summary>A straight quote opens a quotation after a space, a bracket or a dash, not after a letter.</summary>
    private static bool IsOpeningStraight(string text, int i) =>
        (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>The closing mark's position and length, or -1 when the paragraph ends, or the same mark opens again, first.</summary>
    private static (int Position, int Length) FindClose(string text, int from, string opener, string[] closers)
    {
        var limit = Math.Min(text.Length, from + MaxLength);
        for (var j = from; j < limit; j++)
        {
            if (IsParagraphEnd(text, j))
                return (-1, 0);
            foreach (var closer in closers)
            {
                if (string.CompareOrdinal(text, j, closer, 0, closer.Length) == 0 && (closer != "’" || j + 1 >= text.Length || !char.IsLetter(text[j + 1])) &&
                    !(closer == "\"" && LooksLikeOpening(text, j)))
                    return (j, closer.Length);
            }
            // «a … «b»: the first mark was never closed, and the quotation that follows is a quotation of its own.
            if (closers.All(c => c != opener) && string.CompareOrdinal(text, j, opener, 0, opener.Length) == 0)
                return (-1, 0);
            // A curly quotation opening before any mark closes a straight one: the straight mark was never closed.
            if (opener == "\"" && (text[j] == '"' && LooksLikeOpening(text, j) || text[j] == '“'))
                return (-1, 0);
        }
        return (-1, 0);
    }

    /// <summary>A straight quote with a space before it and a word after it opens a quotation; it closes none.</summary>
    private static bool LooksLikeOpening(string text, int j) =>
        j > 0 && char.IsWhiteSpace(text[j - 1]) && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]);

    /// <summary>The end of the paragraph the quotation opens in, when the next paragraph opens with the same mark.</summary>
    private static int? ParagraphContinuedBy(string text, int from, string opener)
    {
        var limit = Math.Min(text.Length, from + MaxLength);
        for (var j = from; j < limit; j++)
        {
            if (!IsParagraphEnd(text, j))
                continue;
            var next = j;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
                next++;
            return string.CompareOrdinal(text, next, opener, 0, opener.Length) == 0 ? j : null;
        }
        return null;
    }

    /// <summary>True at a line break followed by a blank line: the end of a paragraph.</summary>
    private static bool IsParagraphEnd(string text, int j) =>
        text[j] == '\n' && j + 1 < text.Length && text.AsSpan(j + 1).TrimStart(" \t\r").StartsWith("\n");

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

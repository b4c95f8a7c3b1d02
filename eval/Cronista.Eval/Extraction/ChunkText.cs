using System.Text;

namespace Cronista.Eval.Extraction;

/// <summary>The text comparisons of trafilatura's scorer (eval_common.py), with Python's idea of whitespace.</summary>
internal static class ChunkText
{
    /// <summary>True for the characters Python's <c>\s</c> and <c>str.isspace</c> match.</summary>
    /// <remarks>
    /// .NET's whitespace is the same set except for U+001C–U+001F (the information separators), which Python counts
    /// as whitespace because their bidirectional class is B or S. No whitespace lies outside the BMP, so one UTF-16
    /// unit at a time is enough.
    /// </remarks>
    public static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>True when the text is empty or only whitespace: what Python's <c>not text.strip()</c> says.</summary>
    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!IsWhiteSpace(c))
                return false;
        }
        return true;
    }

    /// <summary>Every run of whitespace made one space, none at either end: <c>re.sub(r"\s+", " ", text).strip()</c>.</summary>
    /// <remarks>Snippets are matched after this on both sides, so a line break in the output where the annotator saw a
    /// space (or two spaces where there was one) does not cost recall.</remarks>
    public static string Norm(string text)
    {
        var normalized = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && normalized.Length > 0)
                normalized.Append(' ');
            space = false;
            normalized.Append(c);
        }
        return normalized.ToString();
    }
}

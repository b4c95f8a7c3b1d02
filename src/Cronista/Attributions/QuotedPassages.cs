using Cronista.Core;
using Cronista.Quotes;

namespace Cronista.Attributions;

/// <summary>The quoted passages of a text, each closed within its paragraph, with their marks.</summary>
internal static class QuotedPassages
{
    private const string ClosingMarks = "”“»›\"’'";

    /// <summary>Every passage's extent, marks included, in text order.</summary>
    public static List<TextSpan> Find(string text)
    {
        // Some papers (the New York Times' archive) write quotation marks as two apostrophes: read ''words'' as "words".
        // The pair becomes a space and a straight mark, so that offsets stay and the mark opens after a space.
        var read = text.Contains("''", StringComparison.Ordinal) ? text.Replace("''", " \"", StringComparison.Ordinal) : text;
        var found = new List<TextSpan>();
        foreach (var (outer, inner) in QuotationMarks.Find(read))
        {
            // A paragraph of speech the next paragraph goes on with has no closing mark; the finder joins such paragraphs itself.
            if (outer.End == 0 || !ClosingMarks.Contains(read[outer.End - 1]))
                continue;
            var start = outer.Start > 0 && read[outer.Start] == '"' && text[outer.Start] == '\'' ? outer.Start - 1 : outer.Start;
            if (!IsTitle(read, inner))
                found.Add(new TextSpan(start, outer.End));
        }
        return found;
    }

    // A title or a name in quotation marks (on “The Apprentice,” Trump …) is nobody's speech: a few words, all capitalised.
    private const int MaxTitleWords = 4;

    private static bool IsTitle(string text, TextSpan inner)
    {
        var quoted = text.AsSpan(inner.Start, inner.Length).Trim(" ,.");
        // “The Donald. Big Daddy.”: two sentences are speech, however short.
        if (quoted.IndexOfAny(".!?") >= 0)
            return false;
        var words = quoted.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxTitleWords && words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "a" or "in" or "on");
    }
}

using Cronista.Text;

namespace Cronista.Attributions;

/// <summary>What a colon that ends a sentence announces (Cruz continued:¶“…”): PolNeAR's content is the next quote or
/// paragraph, over as many paragraphs as an open quotation runs.</summary>
internal static class AnnouncedContent
{
    // A quotation that runs over more paragraphs than this is more likely a stray mark.
    private const int MaxQuotedParagraphs = 4;

    /// <summary>What a colon that ends its sentence announces: the quote that opens the next sentence, else the next
    /// paragraph, with the paragraphs after it while a quotation opened at a paragraph's start stays open (American
    /// style leaves a quote that goes on to the next paragraph unclosed).</summary>
    public static List<(int From, int To)> Of(SentenceWords words, Sentence next)
    {
        var segments = new List<(int From, int To)>();
        if (words.QuoteStartingAt(next.FirstToken) is { } quote && words.TokenAt(quote.End) is var quoteEnd && quoteEnd <= words.ParagraphEnd(next.FirstToken))
        {
            if (!words.AnyUsed(next.FirstToken, quoteEnd))
                segments.Add((next.FirstToken, quoteEnd));
            return segments;
        }
        var from = next.FirstToken;
        for (var paragraphs = 0; paragraphs < MaxQuotedParagraphs && from < words.Tokens.Length; paragraphs++)
        {
            var to = words.ParagraphEnd(from);
            if (to - 1 > from && words.Words[to - 1] is "." && !words.IsQuoteMark(to - 2))
                to--;
            if (to <= from || words.AnyUsed(from, to))
                break;
            segments.Add((from, to));
            // The quotation goes on when this paragraph opened one it did not close and the next opens again, for the
            // whole paragraph: a quote that ends within it is someone's next attribution (“…,” said Caddell).
            var opened = words.IsQuoteMark(from) && words.QuoteStartingAt(from) is null;
            var after = words.ParagraphEnd(from);
            if (!opened || after >= words.Tokens.Length || !words.IsQuoteMark(after)
                || words.QuoteStartingAt(after) is { } closed && words.TokenAt(closed.End) < words.ParagraphEnd(after) - 1)
            {
                break;
            }
            from = after;
        }
        return segments;
    }
}

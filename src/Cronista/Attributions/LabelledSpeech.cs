using Cronista.Core;
using Cronista.Text;

namespace Cronista.Attributions;

/// <summary>Speech whose source is a label rather than a clause: a speaker's name opening a paragraph before a colon, as
/// transcripts and headlines write it (KATE BOULDUAN: Why not debate?), and a quotation signed with a dash and a name
/// after it (“…” ― Sonya Herridge). PolNeAR marks the colon or the dash as the cue.</summary>
internal static class LabelledSpeech
{
    // A label longer than this is a sentence with a colon in it, not a name.
    private const int MaxLabelWords = 6;

    private static readonly HashSet<string> Dashes = ["―", "—", "–", "-", "--"];

    /// <summary>A paragraph that opens with a name and a colon: the name is the source, the colon the cue, the rest of the
    /// paragraph the content. Null when the paragraph does not open so.</summary>
    public static (int Source, int Colon, int ContentEnd)? SpeakerLabel(SentenceWords words, int paragraphStart)
    {
        var end = words.ParagraphEnd(paragraphStart);
        var first = paragraphStart;
        if (words.IsQuoteMark(first))
            first++;
        var colon = NameEnd(words, first, end);
        if (colon <= first || colon + 1 >= end || words.Words[colon] != ":" || words.AnyUsed(first, end))
            return null;
        // Q: and A: stand for no one; a one-word label (BOOM:, Twitter:) must name someone the article names again.
        if (colon == first + 1 && (words.Words[first].Length < 2 || !NamedElsewhere(words, first)))
            return null;
        // Twitter: @Milbank, BYLINE: Amber Phillips: a credit line, not speech.
        if (WordsIn(words, colon + 1, end) < MinContentWords)
            return null;
        var contentEnd = end;
        if (words.Words[contentEnd - 1] == "." && contentEnd - 1 > colon + 1)
            contentEnd--;
        return (first, colon, contentEnd);
    }

    /// <summary>A quotation closed by <paramref name="closing"/> and signed after it by a dash and a name that ends its
    /// paragraph or sentence: (first token of the quote, dash, one past the name).</summary>
    public static (int QuoteStart, int Dash, int NameEnd)? Signature(SentenceWords words, int closing)
    {
        if (words.QuoteEndingAt(closing) is not { } quote)
            return null;
        var dash = closing + 1;
        // A dash that opens the next paragraph (¶- Reuters) credits the whole story, not the quote.
        if (dash >= words.Tokens.Length || !Dashes.Contains(words.Words[dash]) || LineBreakBefore(words, dash))
            return null;
        var end = words.ParagraphEnd(dash);
        var nameEnd = NameEnd(words, dash + 1, end);
        if (nameEnd <= dash + 1 || !(nameEnd == end || words.Words[nameEnd] is "." or "," or "(" || IsDateAfter(words, nameEnd) || LineBreakBefore(words, nameEnd)))
            return null;
        var quoteStart = words.TokenAt(quote.Start);
        return words.AnyUsed(quoteStart, nameEnd) ? null : (quoteStart, dash, nameEnd);
    }

    // Fewer words after a label make a credit line or a heading.
    private const int MinContentWords = 3;

    private static int WordsIn(SentenceWords words, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            if (words.IsWord(k))
                count++;
        }
        return count;
    }

    private static bool NamedElsewhere(SentenceWords words, int k)
    {
        for (var other = 0; other < words.Words.Length; other++)
        {
            if (other != k && words.Words[other] == words.Words[k])
                return true;
        }
        return false;
    }

    /// <summary>One past a run of capitalized words (a bracketed party, state or handle included) that starts at
    /// <paramref name="from"/>, or <paramref name="from"/> when none starts there.</summary>
    private static int NameEnd(SentenceWords words, int from, int end)
    {
        var k = from;
        var count = 0;
        while (k < end && count < MaxLabelWords)
        {
            if (words.Words[k] == "(" && k > from && Close(words, k, end) is var close and > 0)
            {
                k = close + 1;
                continue;
            }
            var text = words.Document.TextOf(words.Tokens[k].Span);
            // A name in capitals may be tagged as anything (WALLACE as a verb).
            var capitalized = text.Length > 0 && char.IsUpper(text[0]) && (words.Upos[k] is "PROPN" or "NOUN" or "ADJ" or "X" || text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c)));
            var joined = count > 0 && k + 1 < end && words.Words[k] is "." or "-" or "&" or "'s" or "and" or "of";
            if (!capitalized && !joined)
                break;
            k++;
            count++;
        }
        while (k > from && words.Words[k - 1] is "and" or "of" or "-" or "&")
            k--;
        return k;
    }

    private static int Close(SentenceWords words, int open, int end)
    {
        for (var k = open + 1; k < end && k - open <= 6; k++)
        {
            if (words.Words[k] == ")")
                return k;
        }
        return -1;
    }

    // A single line break ends a signature as a paragraph does: Sonya Herridge↵“During the debate …”.
    private static bool LineBreakBefore(SentenceWords words, int k) =>
        k > 0 && k < words.Tokens.Length && words.Document.Text.AsSpan(words.Tokens[k - 1].Span.End, words.Tokens[k].Span.Start - words.Tokens[k - 1].Span.End).Contains('\n');

    // A tweet's signature ends with its date: — Ben Jacobs (@Bencjacobs) September 1, 2016.
    private static bool IsDateAfter(SentenceWords words, int k) =>
        k + 1 < words.Tokens.Length && words.Tokens[k + 1].Kind == TokenKind.Number;
}

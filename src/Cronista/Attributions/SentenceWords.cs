using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Learning.Perceptron;
using Cronista.Text;

namespace Cronista.Attributions;

/// <summary>The tokens of a document as attribution reads them: folded words, parts of speech, quoted passages, and
/// which tokens an attribution has already taken (PolNeAR gives every token one role at most).</summary>
internal sealed class SentenceWords
{
    public SentenceWords(Document document)
    {
        Document = document;
        Tokens = document.Get(Layers.Tokens);
        var tags = document.Get(Layers.Words);
        Words = [.. Tokens.Select(t => Fold(document.TextOf(t.Span)))];
        // A hyphenated modifier the tagger reads as a verb (Florida-based) describes a name, as an adjective does.
        Upos = [.. tags.Select((t, k) => t.Upos == "VERB" && Words[k].Contains('-', StringComparison.Ordinal) ? "ADJ" : t.Upos)];
        Quotes = QuotedPassages.Find(document.Text);
        Used = new bool[Tokens.Length];
        _paragraphEnd = new int[Tokens.Length];
        var sentences = document.Get(Layers.Sentences);
        for (var s = sentences.Length - 1; s >= 0; s--)
        {
            var end = s + 1 < sentences.Length && sentences[s + 1].Paragraph == sentences[s].Paragraph ? _paragraphEnd[sentences[s + 1].FirstToken] : sentences[s].EndToken;
            for (var k = sentences[s].FirstToken; k < sentences[s].EndToken; k++)
                _paragraphEnd[k] = end;
        }
    }

    private readonly int[] _paragraphEnd;

    public Document Document { get; }

    /// <summary>One past the last token of the paragraph that holds token <paramref name="k"/>.</summary>
    public int ParagraphEnd(int k) => _paragraphEnd[k];

    public ImmutableArray<Token> Tokens { get; }

    public string[] Upos { get; }

    public string[] Words { get; }

    public List<TextSpan> Quotes { get; }

    public bool[] Used { get; }

    /// <summary>The sources the cue tagger marked in the sentence being read.</summary>
    public List<LabelChunk> TaggedSources { get; set; } = [];

    /// <summary>The sources taken so far, with the end of their cue, in the order they were taken.</summary>
    public List<(int From, int To, int CueEnd)> Sources { get; } = [];

    public bool IsWord(int k) => k >= 0 && k < Tokens.Length && Tokens[k].Kind is TokenKind.Word or TokenKind.Number;

    public bool IsQuoteMark(int k) => k >= 0 && k < Words.Length && Words[k] is "\"" or "“" or "”" or "''" or "``" or "'";

    /// <summary>The quoted passage that ends with this token, if any.</summary>
    public TextSpan? QuoteEndingAt(int k) => k < 0 || k >= Tokens.Length ? null : Quotes.Find(q => q.End == Tokens[k].Span.End) is { IsEmpty: false } q ? q : null;

    /// <summary>The quoted passage that starts with this token, if any.</summary>
    public TextSpan? QuoteStartingAt(int k) => k < 0 || k >= Tokens.Length ? null : Quotes.Find(q => q.Start == Tokens[k].Span.Start) is { IsEmpty: false } q ? q : null;

    /// <summary>True when the token lies inside quotation marks: a reporting verb there is part of what is quoted.</summary>
    public bool InsideQuote(int k) => Quotes.Exists(q => q.Start < Tokens[k].Span.Start && Tokens[k].Span.End < q.End);

    /// <summary>The first token at or after an offset.</summary>
    public int TokenAt(int offset)
    {
        var k = 0;
        while (k < Tokens.Length && Tokens[k].Span.End <= offset)
            k++;
        return k;
    }

    public void Take(int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < Used.Length; k++)
            Used[k] = true;
    }

    public bool AnyUsed(int from, int to)
    {
        for (var k = Math.Max(0, from); k < to && k < Used.Length; k++)
        {
            if (Used[k])
                return true;
        }
        return false;
    }

    private static string Fold(string token) => token.ToLowerInvariant().Replace('’', '\'');
}

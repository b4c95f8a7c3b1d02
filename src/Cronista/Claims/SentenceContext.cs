using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Claims;

/// <summary>What attribution needs to know about one sentence: its folded words, which of them may be skipped, the press it names.</summary>
internal sealed class SentenceContext
{
    public SentenceContext(Document document, EntityIndex index, Sentence sentence, AttributionLexicon attribution, EntityLexicon lexicon, IReadOnlyList<TextSpan> times)
    {
        Document = document;
        Index = index;
        Sentence = sentence;
        Lexicon = lexicon;
        Attribution = attribution;
        Tokens = document.Get(Layers.Tokens);
        Words = [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(t => EntityLexicon.Fold(document.TextOf(Tokens[t].Span)))];
        var inSentence = times.Where(t => sentence.Span.Overlaps(t)).ToList();
        Skippable = [.. Enumerable.Range(0, Words.Length).Select(k =>
            attribution.Adverbs.Contains(Words[k]) || inSentence.Exists(t => t.Contains(Tokens[sentence.FirstToken + k].Span)))];
        Media = MediaFinder.Find(document, sentence, Words, attribution, lexicon, index.CountryAt);
        var names = index.Within(sentence.Span).Where(p => p.Mention.Kind is MentionKind.Name or MentionKind.PartialName).Select(p => p.Mention.Span).ToList();
        InsideName = [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(t => names.Exists(n => n.Contains(Tokens[t].Span)))];
    }

    public Document Document { get; }

    public EntityIndex Index { get; }

    public Sentence Sentence { get; }

    public EntityLexicon Lexicon { get; }

    public AttributionLexicon Attribution { get; }

    public ImmutableArray<Token> Tokens { get; }

    public int FirstToken => Sentence.FirstToken;

    public string[] Words { get; }

    public bool[] Skippable { get; }

    public List<MediaMention> Media { get; }

    /// <summary>True for tokens inside a name: "States" in "United States" is no reporting verb.</summary>
    public bool[] InsideName { get; }

    /// <summary>True when the reporting phrase of a match, its source aside, lies outside every name.</summary>
    public bool OutsideNames(CueMatch match)
    {
        for (var k = match.Start; k < match.End && k < Words.Length; k++)
        {
            if (InsideName[k] && (k < match.SourceStart || k >= match.SourceEnd))
                return false;
        }
        return true;
    }

    /// <summary>How many tokens in [<paramref name="from"/>, <paramref name="to"/>) lie in brackets, the brackets
    /// included: a party and state after a name (D-Wis.) does not move the name away from its verb.</summary>
    public int Bracketed(int from, int to)
    {
        var count = 0;
        var open = -1;
        for (var k = Math.Max(0, from); k < to && k < Words.Length; k++)
        {
            if (Words[k] == "(")
                open = k;
            else if (Words[k] == ")" && open >= 0)
            {
                count += k - open + 1;
                open = -1;
            }
        }
        return count;
    }

    /// <summary>The first token at or after the position that is not an article or a skippable word.</summary>
    public int Skip(int position)
    {
        while (position < Words.Length && (Skippable[position] || Lexicon.Determiners.Contains(Words[position])))
            position++;
        return position;
    }

    /// <summary>The document's quotations with their marks, found once when first asked for.</summary>
    public IReadOnlyList<TextSpan> QuotedSpans => _quoted ??= [.. Quotes.QuotationMarks.Find(Document.Text).Select(q => q.Outer)];

    private List<TextSpan>? _quoted;

    /// <summary>True when the sentence quotes someone's words.</summary>
    public bool HasQuotation() => Document.SliceOf(Sentence.Span).IndexOfAny("“«„\"`") >= 0;
}

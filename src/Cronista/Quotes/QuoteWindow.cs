using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Quotes;

/// <summary>One quotation in its sentence: the tokens before it in its clause and the questions attribution asks of them.</summary>
internal sealed class QuoteWindow
{
    private readonly List<(TextSpan Outer, TextSpan Inner)> _marks;
    private readonly ImmutableArray<Token> _tokens;

    public QuoteWindow(Document document, EntityIndex index, Sentence sentence, TextSpan outer, List<(TextSpan Outer, TextSpan Inner)> marks,
        QuoteLexicon lexicon, EntityLexicon entityLexicon, Coordination coordination)
    {
        Document = document;
        Index = index;
        Sentence = sentence;
        Outer = outer;
        _marks = marks;
        Lexicon = lexicon;
        EntityLexicon = entityLexicon;
        Coordination = coordination;
        _tokens = document.Get(Layers.Tokens);
        QuoteToken = index.TokenAt(outer.Start);
        // The clause before a quotation starts after any earlier quotation in the same sentence.
        var self = SpanSearch.IndexContaining(marks, m => m.Outer, outer.Start);
        var earlier = self > 0 && sentence.Span.Contains(marks[self - 1].Outer.Start) ? marks[self - 1].Outer.End : -1;
        From = earlier < 0 ? sentence.FirstToken : index.TokenAt(earlier);
    }

    public Document Document { get; }

    public EntityIndex Index { get; }

    public Sentence Sentence { get; }

    public TextSpan Outer { get; }

    public QuoteLexicon Lexicon { get; }

    public EntityLexicon EntityLexicon { get; }

    /// <summary>The language's "and" and "the two".</summary>
    public Coordination Coordination { get; }

    /// <summary>The token of the opening quotation mark.</summary>
    public int QuoteToken { get; }

    /// <summary>The first token of the clause the quotation stands in.</summary>
    public int From { get; }

    public string Words(int token) => EntityLexicon.Fold(Document.TextOf(_tokens[token].Span));

    public TextSpan Span(int first, int end) => new(_tokens[first].Span.Start, _tokens[Math.Max(first, end - 1)].Span.End);

    public bool IsLowerWord(int token) => _tokens[token].Kind == TokenKind.Word && char.IsLower(Document.Text[_tokens[token].Span.Start]);

    /// <summary>True when nothing but punctuation stands before the quotation in its sentence.</summary>
    public bool OpensSentence => Enumerable.Range(Sentence.FirstToken, QuoteToken - Sentence.FirstToken).All(t => _tokens[t].Kind == TokenKind.Punctuation);

    /// <summary>True when only articles stand before the span in its sentence (La Russia ha …).</summary>
    public bool OpensSentenceAt(TextSpan span)
    {
        for (var t = Sentence.FirstToken; t < _tokens.Length && _tokens[t].Span.Start < span.Start; t++)
        {
            if (_tokens[t].Kind != TokenKind.Punctuation && !EntityLexicon.Determiners.Contains(Words(t)))
                return false;
        }
        return true;
    }

    /// <summary>The sentence the quotation ends in, where a reporting verb after it would stand.</summary>
    public Sentence SentenceOfEnd()
    {
        var sentences = Document.Get(Layers.Sentences);
        return SpanSearch.Containing(sentences, s => s.Span, Outer.End - 1, Sentence);
    }

    public bool InsideOtherQuote(TextSpan span) =>
        SpanSearch.Containing(_marks, m => m.Outer, span.Start) is var (other, _) && other != Outer && other.Contains(span);

    /// <summary>The words between a speaker and the quotation, when they are few enough to be its verb (ha molto apprezzato).</summary>
    public TextSpan? CueBetween(int offset, int maxWords)
    {
        var first = Index.TokenAt(offset);
        var words = Enumerable.Range(first, Math.Max(0, QuoteToken - first)).Where(t => _tokens[t].Kind == TokenKind.Word).ToList();
        return words.Count is > 0 && words.Count <= maxWords ? Span(words[0], words[^1] + 1) : null;
    }

    /// <summary>True when the sentence opens with a phrase for "the two" (I due, Both, Die beiden).</summary>
    public bool StartsWithGroup()
    {
        var opening = Enumerable.Range(Sentence.FirstToken, Math.Min(4, Sentence.TokenCount)).Select(Words).ToArray();
        return Coordination.Groups.LengthAt(opening, 0) > 0;
    }
}

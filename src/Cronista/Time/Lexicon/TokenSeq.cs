using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Text;

namespace Cronista.Time.Lexicon;

/// <summary>The tokens of one text with their folded forms, as the time and amount rules read them.</summary>
internal sealed class TokenSeq
{
    private readonly ImmutableArray<Token> _tokens;
    private readonly string[] _norms;
    private readonly bool[] _sentenceStarts;

    public TokenSeq(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences = default)
    {
        Text = text;
        _tokens = tokens.IsDefault ? [] : tokens;
        _norms = new string[_tokens.Length];
        for (var i = 0; i < _tokens.Length; i++)
        {
            var span = _tokens[i].Span;
            var surface = text.AsSpan(span.Start, span.Length);
            // Abbreviations keep their dot as tokens ("Mio.", "genn."); look-ups ignore it.
            if (_tokens[i].Kind == TokenKind.Word && surface.Length > 1 && surface[^1] == '.')
                surface = surface[..^1];
            _norms[i] = TextFold.Fold(surface);
        }
        _sentenceStarts = new bool[_tokens.Length];
        if (_tokens.Length > 0)
            _sentenceStarts[0] = true;
        if (!sentences.IsDefault)
        {
            foreach (var sentence in sentences)
            {
                if (sentence.FirstToken >= 0 && sentence.FirstToken < _tokens.Length)
                    _sentenceStarts[sentence.FirstToken] = true;
            }
        }
    }

    public string Text { get; }

    public int Count => _tokens.Length;

    public TextSpan Span(int i) => _tokens[i].Span;

    public int StartOf(int i) => _tokens[i].Span.Start;

    public int EndOf(int i) => _tokens[i].Span.End;

    public TokenKind Kind(int i) => i >= 0 && i < _tokens.Length ? _tokens[i].Kind : TokenKind.Punctuation;

    /// <summary>The folded form: lower case, no diacritics, no trailing abbreviation dot.</summary>
    public string Norm(int i) => i >= 0 && i < _norms.Length ? _norms[i] : "";

    public ReadOnlySpan<char> Surface(int i) => i >= 0 && i < _tokens.Length ? Text.AsSpan(_tokens[i].Span.Start, _tokens[i].Span.Length) : [];

    public bool IsWord(int i) => i >= 0 && i < Count && _tokens[i].Kind == TokenKind.Word;

    public bool IsNumber(int i) => i >= 0 && i < Count && _tokens[i].Kind == TokenKind.Number;

    /// <summary>True when token i is the single character <paramref name="c"/>.</summary>
    public bool IsChar(int i, char c) => i >= 0 && i < Count && _tokens[i].Span.Length == 1 && Text[_tokens[i].Span.Start] == c;

    /// <summary>True when token i is one of the dashes that join ranges (-, –, —).</summary>
    public bool IsDash(int i) => i >= 0 && i < Count && _tokens[i].Span.Length == 1 && Text[_tokens[i].Span.Start] is '-' or '–' or '—' or '‐' or '‑';

    /// <summary>True when token i starts right where token i-1 ends, with nothing between.</summary>
    public bool GluedToPrevious(int i) => i > 0 && i < Count && _tokens[i].Span.Start == _tokens[i - 1].Span.End;

    public bool IsCapitalized(int i) => i >= 0 && i < Count && char.IsUpper(Text[_tokens[i].Span.Start]);

    public bool IsSentenceStart(int i) => i >= 0 && i < Count && _sentenceStarts[i];

    /// <summary>True when the text between tokens i-1 and i has a line break: expressions never cross one.</summary>
    public bool LineBreakBefore(int i)
    {
        if (i <= 0 || i >= Count)
            return false;
        return Text.AsSpan(_tokens[i - 1].Span.End, _tokens[i].Span.Start - _tokens[i - 1].Span.End).Contains('\n');
    }
}

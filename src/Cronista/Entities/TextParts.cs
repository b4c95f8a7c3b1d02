using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Knowledge;
using Cronista.Text;

namespace Cronista.Entities;

/// <summary>One matchable piece of a token: the token itself, or one side of a hyphen (Russia-USA → Russia, USA).</summary>
/// <param name="Token">Index of the token it belongs to.</param>
/// <param name="Span">Its characters.</param>
/// <param name="Key">Its lookup key (<see cref="NameKey"/>).</param>
/// <param name="Glued">True when it may not be separated from the part before it (Jong-un is one name, Russia-USA two).</param>
internal readonly record struct TextPart(int Token, TextSpan Span, string Key, bool Glued);

/// <summary>A document's tokens cut into matchable parts, with their lookup keys computed once.</summary>
internal sealed class TextParts
{
    private TextParts(string text, ImmutableArray<Token> tokens, TextPart[] parts, int[] firstPart)
    {
        Text = text;
        Tokens = tokens;
        Parts = parts;
        _firstPart = firstPart;
    }

    private readonly int[] _firstPart;

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public TextPart[] Parts { get; }

    /// <summary>The first part of a token; <c>FirstPartOf(Tokens.Length)</c> is one past the last part.</summary>
    public int FirstPartOf(int token) => _firstPart[token];

    public string TokenText(int token) => Text.Substring(Tokens[token].Span.Start, Tokens[token].Span.Length);

    /// <summary>True when a match may end after this part: the next part starts a new token or a separable piece.</summary>
    public bool CanEndAfter(int part) => part + 1 >= Parts.Length || !Parts[part + 1].Glued;

    public static TextParts Of(string text, ImmutableArray<Token> tokens)
    {
        var parts = new List<TextPart>(tokens.Length + 8);
        var firstPart = new int[tokens.Length + 1];
        for (var t = 0; t < tokens.Length; t++)
        {
            firstPart[t] = parts.Count;
            var span = tokens[t].Span;
            if (tokens[t].Kind != TokenKind.Word)
            {
                parts.Add(new TextPart(t, span, text.Substring(span.Start, span.Length), false));
                continue;
            }
            var pieces = SplitAtHyphens(text, span);
            var separable = pieces.Count > 1 && IsCompoundOfWords(text, pieces);
            for (var i = 0; i < pieces.Count; i++)
            {
                var piece = pieces[i];
                var key = NameKey.Of(text.Substring(piece.Start, piece.Length));
                // A key with inner spaces ("jong un" cannot happen here, but "u s" could) is split the same way forms are.
                parts.Add(new TextPart(t, piece, key, i > 0 && !separable));
            }
        }
        firstPart[tokens.Length] = parts.Count;
        return new TextParts(text, tokens, [.. parts], firstPart);
    }

    /// <summary>The lookup keys of a phrase as the text would be cut, for building phrase tables.</summary>
    public static string[] KeysOf(string phrase, TokenizationRules rules)
    {
        var tokens = Tokenizer.Tokenize(phrase, rules);
        var keys = new List<string>();
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                keys.Add(phrase.Substring(token.Span.Start, token.Span.Length));
                continue;
            }
            foreach (var piece in SplitAtHyphens(phrase, token.Span))
                keys.Add(NameKey.Of(phrase.Substring(piece.Start, piece.Length)));
        }
        return [.. keys.Where(k => k.Length > 0)];
    }

    private static List<TextSpan> SplitAtHyphens(string text, TextSpan span)
    {
        var pieces = new List<TextSpan>(2);
        var start = span.Start;
        for (var i = span.Start; i < span.End; i++)
        {
            if (CharClass.IsHyphen(text[i]))
            {
                if (i > start)
                    pieces.Add(new TextSpan(start, i));
                start = i + 1;
            }
        }
        if (span.End > start)
            pieces.Add(new TextSpan(start, span.End));
        return pieces;
    }

    /// <summary>Names joined by a hyphen (Pyongyang-Mosca) or adjectives joined by one (russo-ucraino) are separable; Jong-un is not.</summary>
    private static bool IsCompoundOfWords(string text, List<TextSpan> pieces)
    {
        var allCapitalised = pieces.All(p => char.IsUpper(text[p.Start]) && p.Length >= 2);
        var allLongLower = pieces.All(p => char.IsLower(text[p.Start]) && p.Length >= 4);
        return allCapitalised || allLongLower;
    }
}

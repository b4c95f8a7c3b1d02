using Cronista.Core;

namespace Cronista.Text;

/// <summary>What kind of characters a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or dots (Jong-un, U.S.).</summary>
    Word,
    /// <summary>Digits, possibly with separators (5’000, 2,5, 1910-1945 is three tokens).</summary>
    Number,
    /// <summary>Punctuation, quotes and brackets.</summary>
    Punctuation,
    /// <summary>Any other symbol: currency signs, emoji, math.</summary>
    Symbol,
}

/// <summary>One token: a span of the text and its kind.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);

/// <summary>One sentence: its span, its tokens and the paragraph it belongs to.</summary>
/// <param name="Span">The sentence's extent in the text.</param>
/// <param name="FirstToken">Index of its first token in the tokens layer.</param>
/// <param name="TokenCount">How many tokens it has.</param>
/// <param name="Paragraph">Zero-based paragraph index; paragraphs are separated by blank lines.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

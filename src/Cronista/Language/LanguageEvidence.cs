using System.Globalization;
using System.Text;

namespace Cronista.Language;

/// <summary>The letters a language model reads from a text: lower-case words, one space apart, with a space at each end.</summary>
/// <remarks>
/// Digits, punctuation, symbols and emoji separate words and are otherwise ignored; URLs, e-mail addresses and
/// HTML character references ("&amp;amp;", "&amp;#8217;") are skipped whole, because their letters belong to no language.
/// Only a prefix of the text is read, so the cost of detection does not grow with the length of the article.
/// </remarks>
internal static class LanguageEvidence
{
    /// <summary>At most this many characters of a text are read: a few paragraphs decide the language of an article.</summary>
    public const int MaxCharsRead = 4096;

    /// <summary>Reading stops once this many letters are collected; beyond that the decision no longer changes.</summary>
    public const int MaxLetters = 2000;

    /// <summary>The evidence of the text's prefix, and how many letters it holds.</summary>
    public static (string Evidence, int Letters) Extract(string text, int maxCharsRead = MaxCharsRead, int maxLetters = MaxLetters)
    {
        var prefix = text.AsSpan(0, Math.Min(text.Length, maxCharsRead));
        var builder = new StringBuilder(Math.Min(prefix.Length, maxLetters) + 16).Append(' ');
        var letters = 0;
        var position = 0;
        while (position < prefix.Length && letters < maxLetters)
        {
            while (position < prefix.Length && char.IsWhiteSpace(prefix[position]))
                position++;
            var start = position;
            while (position < prefix.Length && !char.IsWhiteSpace(prefix[position]))
                position++;
            var chunk = prefix[start..position];
            if (chunk.IsEmpty || IsAddress(chunk))
                continue;
            letters += AppendWords(chunk, builder, maxLetters - letters);
        }
        return (builder.ToString(), letters);
    }

    private static int AppendWords(ReadOnlySpan<char> chunk, StringBuilder builder, int budget)
    {
        var letters = 0;
        for (var i = 0; i < chunk.Length && letters < budget; i++)
        {
            var c = chunk[i];
            if (c == '&' && CharacterReferenceLength(chunk[i..]) is > 0 and var length)
            {
                EndWord(builder);
                i += length - 1;
            }
            else if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                letters++;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
            {
                // Combining accents and zero-width marks stay inside a word; anything else ends it.
                EndWord(builder);
            }
        }
        EndWord(builder);
        return letters;
    }

    private static void EndWord(StringBuilder builder)
    {
        if (builder[^1] != ' ')
            builder.Append(' ');
    }

    /// <summary>URLs and e-mail addresses: their letters are host names and paths, not words of the text.</summary>
    private static bool IsAddress(ReadOnlySpan<char> chunk) =>
        chunk.Contains("://", StringComparison.Ordinal)
        || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || chunk.IndexOf('@') is var at and > 0 && chunk[at..].Contains('.');

    /// <summary>The length of an HTML character reference ("&amp;amp;", "&amp;#x2019;") at the start, or 0.</summary>
    private static int CharacterReferenceLength(ReadOnlySpan<char> text)
    {
        // The longest named references in HTML5 have 31 characters; numeric ones are shorter.
        for (var i = 1; i < text.Length && i <= 32; i++)
        {
            if (text[i] == ';')
                return i > 1 ? i + 1 : 0;
            if (!char.IsAsciiLetterOrDigit(text[i]) && !(i == 1 && text[i] == '#'))
                return 0;
        }
        return 0;
    }
}

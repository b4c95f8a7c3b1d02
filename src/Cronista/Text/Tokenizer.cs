using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Text;

/// <summary>Splits text into word, number, punctuation and symbol tokens, keeping every offset.</summary>
/// <remarks>
/// Words keep inner hyphens (Jong-un) and dotted acronyms (U.S.); elided articles split off with their
/// apostrophe (l’ agenzia); English clitics split as in UD (Putin 's); known abbreviations keep their dot.
/// </remarks>
internal static class Tokenizer
{
    private static readonly string[] UrlStarts = ["https://", "http://", "www."];

    public static ImmutableArray<Token> Tokenize(string text, TokenizationRules rules)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsSeparator(c))
                i++;
            else if (StartsUrl(text, i))
                i = ReadUrl(text, i, tokens);
            else if (CharClass.IsWordChar(c))
                i = ReadWord(text, i, rules, tokens);
            else if (char.IsDigit(c))
                i = ReadNumber(text, i, tokens);
            else if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
                i = Emit(tokens, i, i + 3, TokenKind.Punctuation);
            else if (char.IsPunctuation(c))
                i = Emit(tokens, i, i + 1, TokenKind.Punctuation);
            else
                i = Emit(tokens, i, i + (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1), TokenKind.Symbol);
        }
        return tokens.DrainToImmutable();
    }

    private static int Emit(ImmutableArray<Token>.Builder tokens, int start, int end, TokenKind kind)
    {
        tokens.Add(new Token(new TextSpan(start, end), kind));
        return end;
    }

    private static bool StartsUrl(string text, int i)
    {
        foreach (var start in UrlStarts)
        {
            if (string.CompareOrdinal(text, i, start, 0, start.Length) == 0 && i + start.Length < text.Length && !CharClass.IsSeparator(text[i + start.Length]))
                return true;
        }
        return false;
    }

    private static int ReadUrl(string text, int start, ImmutableArray<Token>.Builder tokens)
    {
        var end = start;
        while (end < text.Length && !CharClass.IsSeparator(text[end]) && text[end] is not ('"' or '<' or '>' or '”' or '»'))
            end++;
        // A URL at the end of a sentence or in brackets does not own the closing punctuation.
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’')
            end--;
        return Emit(tokens, start, end, TokenKind.Word);
    }

    private static int ReadNumber(string text, int start, ImmutableArray<Token>.Builder tokens)
    {
        var end = start;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsDigit(c) || CharClass.IsWordChar(c))
                end++;
            else if (c is '.' or ',' or '’' or '\'' or '\u202F' && end + 1 < text.Length && char.IsDigit(text[end + 1]))
                end++;
            else
                break;
        }
        return Emit(tokens, start, end, TokenKind.Number);
    }

    private static int ReadWord(string text, int start, TokenizationRules rules, ImmutableArray<Token>.Builder tokens)
    {
        var end = start;
        while (true)
        {
            while (end < text.Length && (CharClass.IsWordChar(text[end]) || char.IsDigit(text[end])))
                end++;
            if (end + 1 >= text.Length)
                break;
            var next = text[end + 1];
            if (CharClass.IsHyphen(text[end]) && (CharClass.IsWordChar(next) || char.IsDigit(next)))
            {
                end++;
                continue;
            }
            if (CharClass.IsApostrophe(text[end]) && CharClass.IsWordChar(next))
            {
                if (IsElision(text, start, end, rules))
                {
                    Emit(tokens, start, end + 1, TokenKind.Word);
                    start = end + 1;
                    end = start;
                    continue;
                }
                if (IsNegativeClitic(text, start, end, rules))
                {
                    Emit(tokens, start, end - 1, TokenKind.Word);
                    return Emit(tokens, end - 1, end + 2, TokenKind.Word);
                }
                var clitic = CliticLength(text, end, rules);
                if (clitic > 0)
                {
                    Emit(tokens, start, end, TokenKind.Word);
                    return Emit(tokens, end, end + clitic, TokenKind.Word);
                }
                end++;
                continue;
            }
            break;
        }
        end = ExtendWithDot(text, start, end, rules);
        return Emit(tokens, start, end, TokenKind.Word);
    }

    private static bool IsElision(string text, int start, int apostrophe, TokenizationRules rules) =>
        rules.Elisions.Count > 0 && apostrophe - start <= 8 &&
        rules.Elisions.Contains(text.AsSpan(start, apostrophe - start).ToString().ToLowerInvariant());

    /// <summary>Length of an English clitic ('s, 're …) starting at the apostrophe, or 0.</summary>
    private static int CliticLength(string text, int apostrophe, TokenizationRules rules)
    {
        foreach (var clitic in rules.Clitics)
        {
            if (clitic[0] != '\'')
                continue;
            var length = clitic.Length;
            if (apostrophe + length > text.Length)
                continue;
            var rest = text.AsSpan(apostrophe + 1, length - 1);
            if (!rest.Equals(clitic.AsSpan(1), StringComparison.OrdinalIgnoreCase))
                continue;
            if (apostrophe + length == text.Length || !CharClass.IsWordChar(text[apostrophe + length]))
                return length;
        }
        return 0;
    }

    /// <summary>True at the apostrophe of "don't": n't is a token of its own.</summary>
    private static bool IsNegativeClitic(string text, int start, int apostrophe, TokenizationRules rules) =>
        rules.Clitics.Contains("n't") && apostrophe - start >= 2 && (text[apostrophe - 1] is 'n' or 'N') &&
        (text[apostrophe + 1] is 't' or 'T') && (apostrophe + 2 == text.Length || !CharClass.IsWordChar(text[apostrophe + 2]));

    /// <summary>Takes the dot after initials, dotted acronyms (U.S.) and known abbreviations into the word.</summary>
    private static int ExtendWithDot(string text, int start, int end, TokenizationRules rules)
    {
        if (end >= text.Length || text[end] != '.')
            return end;
        // Dotted acronyms and abbreviations: U.S., z.B., S.p.A.
        var probe = end;
        while (probe + 2 < text.Length && text[probe] == '.' && CharClass.IsWordChar(text[probe + 1]))
        {
            var segmentEnd = probe + 1;
            while (segmentEnd < text.Length && CharClass.IsWordChar(text[segmentEnd]))
                segmentEnd++;
            if (segmentEnd - probe - 1 > 3 || segmentEnd >= text.Length || text[segmentEnd] != '.')
                break;
            probe = segmentEnd;
        }
        if (probe > end)
            return probe + 1;
        var wordLength = end - start;
        if (wordLength == 1 && char.IsUpper(text[start]))
            return end + 1; // an initial: "J. R. R. Tolkien"
        var candidate = text.AsSpan(start, end - start + 1).ToString().ToLowerInvariant();
        return rules.Abbreviations.Contains(candidate) ? end + 1 : end;
    }
}

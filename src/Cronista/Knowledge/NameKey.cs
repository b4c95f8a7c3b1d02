using System.Globalization;
using System.Text;

namespace Cronista.Knowledge;

/// <summary>The lookup key of a name: case, diacritics, apostrophe and hyphen variants folded away, so "États-Unis" and "etats unis" meet.</summary>
public static class NameKey
{
    /// <summary>The key of a name: lower case, without diacritics, hyphens and runs of spaces as one space, typographic apostrophes as "'", dots dropped.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most names are plain ASCII letters and spaces: decomposing them is the costly part of loading the gazetteer.
        var decomposed = IsAscii(text) ? text : text.Normalize(NormalizationForm.FormD);
        // Folding never more than doubles the length (ß → ss, æ → ae).
        var buffer = decomposed.Length <= 256 ? stackalloc char[decomposed.Length * 2] : new char[decomposed.Length * 2];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsWhiteSpace(c) || IsHyphen(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (c == '.')
                continue;
            // "dell' Interno" as a tokenizer may join it, and "dell'Interno" as written, get one key.
            if (pendingSpace && buffer[length - 1] != '\'')
                buffer[length++] = ' ';
            pendingSpace = false;
            length = AppendFolded(buffer, length, c);
        }
        var result = buffer[..length];
        return result.SequenceEqual(text) ? text : new string(result);
    }

    /// <summary>The number of letters in a key, the length that the fuzzy-matching thresholds are stated in.</summary>
    internal static int LetterCount(string key)
    {
        var count = 0;
        foreach (var c in key)
            if (char.IsLetter(c))
                count++;
        return count;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
            if (c >= '\u0080')
                return false;
        return true;
    }

    private static bool IsHyphen(char c) =>
        c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '_';

    // Letters that Unicode does not decompose into a base letter plus a mark, spelled the way
    // they are transliterated in news text (Straße → strasse, Łódź → lodz, Ørsted → orsted).
    private static int AppendFolded(Span<char> buffer, int length, char c)
    {
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '\u2032':
                buffer[length] = '\'';
                return length + 1;
            case 'ß':
                return Append2(buffer, length, 's', 's');
            case 'æ' or 'Æ':
                return Append2(buffer, length, 'a', 'e');
            case 'œ' or 'Œ':
                return Append2(buffer, length, 'o', 'e');
            case 'þ' or 'Þ':
                return Append2(buffer, length, 't', 'h');
            case 'ø' or 'Ø':
                buffer[length] = 'o';
                return length + 1;
            case 'ł' or 'Ł':
                buffer[length] = 'l';
                return length + 1;
            case 'đ' or 'Đ' or 'ð' or 'Ð':
                buffer[length] = 'd';
                return length + 1;
            case 'ı':
                buffer[length] = 'i';
                return length + 1;
            default:
                buffer[length] = char.ToLowerInvariant(c);
                return length + 1;
        }
    }

    private static int Append2(Span<char> buffer, int length, char first, char second)
    {
        buffer[length] = first;
        buffer[length + 1] = second;
        return length + 2;
    }
}

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
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsWhiteSpace(c) || IsHyphen(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (c == '.')
                continue;
            // "dell' Interno" as a tokenizer may join it, and "dell'Interno" as written, get one key.
            if (pendingSpace && builder[^1] != '\'')
            {
                builder.Append(' ');
            }
            pendingSpace = false;
            AppendFolded(builder, c);
        }
        return builder.ToString();
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
    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '\u2032':
                builder.Append('\'');
                return;
            case 'ß':
                builder.Append("ss");
                return;
            case 'æ' or 'Æ':
                builder.Append("ae");
                return;
            case 'œ' or 'Œ':
                builder.Append("oe");
                return;
            case 'ø' or 'Ø':
                builder.Append('o');
                return;
            case 'ł' or 'Ł':
                builder.Append('l');
                return;
            case 'đ' or 'Đ' or 'ð' or 'Ð':
                builder.Append('d');
                return;
            case 'ı':
                builder.Append('i');
                return;
            case 'þ' or 'Þ':
                builder.Append("th");
                return;
            default:
                builder.Append(char.ToLowerInvariant(c));
                return;
        }
    }
}

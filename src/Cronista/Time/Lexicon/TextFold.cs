using System.Text;

namespace Cronista.Time.Lexicon;

/// <summary>Folds words for dictionary look-ups: lower case, Latin diacritics removed, one apostrophe, ß as ss.</summary>
/// <remarks>
/// Hand-written because the project runs with invariant globalization, where Unicode decomposition is not
/// available; the table covers the Latin letters of the supported languages.
/// </remarks>
internal static class TextFold
{
    public static string Fold(ReadOnlySpan<char> word)
    {
        var plain = true;
        foreach (var c in word)
        {
            if (c >= 128 || char.IsAsciiLetterUpper(c))
            {
                plain = false;
                break;
            }
        }
        if (plain)
            return word.ToString();
        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word)
            Append(builder, c);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, char c)
    {
        var lower = char.ToLowerInvariant(c);
        switch (lower)
        {
            case 'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā': builder.Append('a'); break;
            case 'ç' or 'ć' or 'č': builder.Append('c'); break;
            case 'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ę' or 'ě': builder.Append('e'); break;
            case 'ì' or 'í' or 'î' or 'ï' or 'ī': builder.Append('i'); break;
            case 'ñ' or 'ń' or 'ň': builder.Append('n'); break;
            case 'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō': builder.Append('o'); break;
            case 'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů': builder.Append('u'); break;
            case 'ý' or 'ÿ': builder.Append('y'); break;
            case 'š' or 'ś': builder.Append('s'); break;
            case 'ž' or 'ź' or 'ż': builder.Append('z'); break;
            case 'ß': builder.Append("ss"); break;
            case 'œ': builder.Append("oe"); break;
            case 'æ': builder.Append("ae"); break;
            case '’' or 'ʼ' or '‘' or '`' or '´': builder.Append('\''); break;
            case '‐' or '‑' or '–': builder.Append('-'); break;
            default: builder.Append(lower); break;
        }
    }
}

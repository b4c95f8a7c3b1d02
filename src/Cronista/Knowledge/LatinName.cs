namespace Cronista.Knowledge;

/// <summary>Decides whether a GeoNames alternate name is worth keeping: written in Latin script, shaped like a name, not a code or a transliteration key.</summary>
internal static class LatinName
{
    /// <summary>Alternate names longer than this are descriptions ("City of …"), not names used in news.</summary>
    public const int MaxLength = 40;

    /// <summary>True for a name in Latin letters (accents included), words joined by spaces, hyphens, apostrophes or dots, with at least one capital letter.</summary>
    /// <remarks>GeoNames lists romanized keys of non-Latin names in lower case ("mo si ke", "mosukuwa"): the capital-letter rule drops them.
    /// All-capital names of up to four letters are airport and postal codes (MOW, ALV), not names.</remarks>
    public static bool IsUsable(string name)
    {
        if (name.Length < 2 || name.Length > MaxLength)
            return false;
        var hasUpper = false;
        var hasLower = false;
        var previousWasSeparator = true;
        foreach (var c in name)
        {
            if (IsLatinLetter(c))
            {
                hasUpper |= char.IsUpper(c);
                hasLower |= char.IsLower(c);
                previousWasSeparator = false;
            }
            else if (IsCombiningMark(c))
            {
                if (previousWasSeparator)
                    return false;
            }
            else if (c is ' ' or '-' or '\'' or '\u2019' or '.')
            {
                if (previousWasSeparator && c != '.')
                    return false;
                previousWasSeparator = c != '.';
            }
            else
            {
                return false;
            }
        }
        if (!hasUpper || (previousWasSeparator && name[^1] != '.'))
            return false;
        return hasLower || name.Length > 4;
    }

    private static bool IsLatinLetter(char c) =>
        char.IsLetter(c) && (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u2C60' and <= '\u2C7F' || c is >= '\uA720' and <= '\uA7FF');

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}

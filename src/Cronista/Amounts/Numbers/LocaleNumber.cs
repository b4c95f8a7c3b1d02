namespace Cronista.Amounts.Numbers;

/// <summary>How a language writes numbers: its decimal mark and its usual thousands separator.</summary>
/// <param name="Decimal">',' in Italian, German and French; '.' in English.</param>
/// <param name="Group">'.' in Italian and German, ' ' in French, ',' in English.</param>
internal sealed record NumberConvention(char Decimal, char Group)
{
    public static NumberConvention Continental { get; } = new(',', '.');

    /// <summary>The convention in <c>Amounts/Languages/&lt;iso&gt;/number-format.tsv</c>; continental when the language has none.</summary>
    public static NumberConvention Load(string language)
    {
        foreach (var row in Core.ResourceFiles.ReadLanguageRows("Amounts", language, "number-format.tsv"))
        {
            if (row[0] != "decimal-mark")
                continue;
            if (row.Length < 2 || row[1] is not ("," or "."))
                throw new FormatException($"Amounts/Languages/{language}/number-format.tsv: decimal-mark must be ',' or '.'.");
            return new NumberConvention(row[1][0], row[1][0] == ',' ? '.' : ',');
        }
        return Continental;
    }
}

/// <summary>Reads numbers written with digits and separators in a language's convention (5’000, 5.000, 5 000, 2,5, 1,234.56).</summary>
/// <remarks>
/// Apostrophes and spaces always group thousands. With both '.' and ',' the last one is the decimal mark.
/// A single '.' or ',' is the decimal mark when it is the language's decimal mark; otherwise it groups
/// thousands when exactly three digits follow (5.000 in Italian, 5,000 in English) and is a decimal mark when not.
/// </remarks>
internal static class LocaleNumber
{
    public static bool IsGroupOnly(char c) => c is '\'' or '’' or ' ' or '\u00A0' or '\u202F' or '\u2009';

    public static bool IsSeparator(char c) => c is '.' or ',' || IsGroupOnly(c);

    public static bool TryParse(ReadOnlySpan<char> raw, NumberConvention convention, out decimal value)
    {
        value = 0;
        if (raw.IsEmpty || !char.IsAsciiDigit(raw[0]) || !char.IsAsciiDigit(raw[^1]))
            return false;
        Span<int> separatorAt = stackalloc int[Math.Min(raw.Length, 64)];
        var count = 0;
        var hasGroupOnly = false;
        var hasDot = false;
        var hasComma = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsAsciiDigit(c))
                continue;
            if (!IsSeparator(c) || count == separatorAt.Length)
                return false;
            if (!char.IsAsciiDigit(raw[i - 1]))
                return false; // two separators in a row
            separatorAt[count++] = i;
            hasGroupOnly |= IsGroupOnly(c);
            hasDot |= c == '.';
            hasComma |= c == ',';
        }
        if (count == 0)
            return decimal.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
        var decimalAt = -1;
        if (hasGroupOnly || hasDot && hasComma)
        {
            // The decimal mark, if any, is a '.' or ',' after every group separator, used once.
            var last = separatorAt[count - 1];
            if (!IsGroupOnly(raw[last]))
            {
                for (var k = 0; k < count - 1; k++)
                {
                    if (raw[separatorAt[k]] == raw[last])
                        return false;
                }
                decimalAt = last;
            }
            for (var k = 0; k < count - (decimalAt >= 0 ? 1 : 0); k++)
            {
                var c = raw[separatorAt[k]];
                if (!IsGroupOnly(c) && (c is '.' or ',') && decimalAt < 0 && hasGroupOnly)
                    return false; // "5’000.000": a dot among apostrophes that is not the decimal mark
            }
        }
        else if (count == 1)
        {
            var at = separatorAt[0];
            var after = raw.Length - at - 1;
            var isGroup = after == 3 && raw[at] != convention.Decimal;
            if (!isGroup)
                decimalAt = at;
        }
        // Otherwise: one mark used several times groups thousands (1.000.000, 1,000,000).
        var groupEnd = decimalAt >= 0 ? decimalAt : raw.Length;
        var previous = -1;
        for (var k = 0; k < count; k++)
        {
            var at = separatorAt[k];
            if (at == decimalAt)
                break;
            var groupLength = at - previous - 1;
            if (previous < 0 ? groupLength is < 1 or > 3 : groupLength != 3)
                return false;
            previous = at;
        }
        if (previous >= 0 && groupEnd - previous - 1 != 3)
            return false;
        Span<char> plain = stackalloc char[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (char.IsAsciiDigit(raw[i]))
                plain[n++] = raw[i];
            else if (i == decimalAt)
                plain[n++] = '.';
        }
        return decimal.TryParse(plain[..n], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}

using System.Globalization;

namespace Cronista.Events.Actors;

/// <summary>Reads the dates of Phoenix (PETRARCH) date restrictions: YYMMDD or YYYYMMDD.</summary>
/// <remarks>Two-digit years 00-30 are 20YY and the others 19YY, the rule PETRARCH inherited from KEDS and TABARI.</remarks>
internal static class PhoenixDate
{
    private const int LastTwentyFirstCenturyYear = 30;

    /// <summary>The date, or null when the text is not six or more digits making a real calendar day.</summary>
    /// <remarks>As PETRARCH reads them: more than seven digits are YYYYMMDD followed by junk, six or seven are YYMMDD.</remarks>
    public static DateOnly? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            digits++;
        if (digits < 6 || digits < text.Length)
            return null;
        text = digits > 7 ? text[..8] : text[..6];
        int year;
        ReadOnlySpan<char> rest;
        if (text.Length == 8)
        {
            year = int.Parse(text[..4], CultureInfo.InvariantCulture);
            rest = text[4..];
        }
        else
        {
            var yy = int.Parse(text[..2], CultureInfo.InvariantCulture);
            year = yy <= LastTwentyFirstCenturyYear ? 2000 + yy : 1900 + yy;
            rest = text[2..];
        }
        var month = int.Parse(rest[..2], CultureInfo.InvariantCulture);
        var day = int.Parse(rest[2..], CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateOnly(year, month, day);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Cronista.Extraction.Html;

/// <summary>Reads a date as the page writes it: ISO dates ("2025-08-13T10:00:00+02:00" is the 13th, whatever the
/// offset), numeric dates day first ("10.12.2022, 07:00"), other machine formats (RFC 1123), and dates inside URLs
/// ("/2025/08/13/").</summary>
internal static partial class PageDates
{
    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstDate();

    [GeneratedRegex(@"/(\d{4})/(\d{1,2})/(\d{1,2})(?:/|$|[-_])|/(\d{4})-(\d{2})-(\d{2})[/-]|[/_-](\d{4})(\d{2})(\d{2})[/_.-]", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    /// <summary>The date a metadata value holds, or null.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var iso = IsoDate().Match(value);
        if (iso.Success)
            return Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        // "10.12.2022, 07:00:03", "01-11-2023 10:29": European sites write metadata as they write text, day first; the
        // invariant culture would read them month first.
        var dayFirst = DayFirstDate().Match(value);
        if (dayFirst.Success)
            return Make(dayFirst.Groups[3].Value, dayFirst.Groups[2].Value, dayFirst.Groups[1].Value)
                ?? Make(dayFirst.Groups[3].Value, dayFirst.Groups[1].Value, dayFirst.Groups[2].Value);
        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed) && Plausible(parsed.Year)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
    }

    /// <summary>The date written in a URL's path, or null.</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (url is null)
            return null;
        var match = UrlDate().Match(url);
        if (!match.Success)
            return null;
        for (var first = 1; first <= 7; first += 3)
        {
            if (match.Groups[first].Success)
                return Make(match.Groups[first].Value, match.Groups[first + 1].Value, match.Groups[first + 2].Value);
        }
        return null;
    }

    private static DateOnly? Make(string year, string month, string day) =>
        Make(int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture), int.Parse(day, CultureInfo.InvariantCulture));

    /// <summary>The day, or null when it does not exist or falls outside the years news pages are from.</summary>
    public static DateOnly? Make(int year, int month, int day) =>
        Plausible(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static bool Plausible(int year) => year is >= 1990 and <= 2100;
}

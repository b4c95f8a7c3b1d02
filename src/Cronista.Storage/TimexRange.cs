using System.Globalization;
using System.Text.RegularExpressions;

namespace Cronista.Storage;

/// <summary>The calendar days a TIMEX3 value covers, so that date filters also find month- and year-precision events.</summary>
internal static partial class TimexRange
{
    /// <summary>The first and last day of "2025-08-12", "2024-06", "2024", "2024-W23", "2024-Q2" or a range "1910/1945"; null for FUTURE_REF and the like.</summary>
    public static (DateOnly Start, DateOnly End)? Of(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var slash = value.IndexOf('/');
        if (slash > 0)
        {
            var from = Of(value[..slash]);
            var to = Of(value[(slash + 1)..]);
            return from is { } f && to is { } t && f.Start <= t.End ? (f.Start, t.End) : null;
        }
        var match = Value().Match(value);
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
            return null;
        try
        {
            if (match.Groups["month"].Success)
            {
                var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
                if (match.Groups["day"].Success)
                {
                    var day = new DateOnly(year, month, int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture));
                    return (day, day);
                }
                var first = new DateOnly(year, month, 1);
                return (first, first.AddMonths(1).AddDays(-1));
            }
            if (match.Groups["week"].Success)
            {
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture), DayOfWeek.Monday));
                return (monday, monday.AddDays(6));
            }
            if (match.Groups["quarter"].Success)
            {
                var first = new DateOnly(year, (int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1);
                return (first, first.AddMonths(3).AddDays(-1));
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        // A year, or a part of a year this does not resolve further (a season, a half): the whole year.
        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<month>\d{2})(?:-(?<day>\d{2}))?|W(?<week>\d{2})|Q(?<quarter>[1-4])|[A-Z]{1,2}\d?)(?![\d]))?")]
    private static partial Regex Value();
}

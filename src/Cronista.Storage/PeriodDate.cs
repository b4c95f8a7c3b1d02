using System.Globalization;

namespace Cronista.Storage;

/// <summary>A date filter as users write it: YYYY-MM-DD, or a month or year standing for its first (or last) day.</summary>
public static class PeriodDate
{
    /// <summary>Reads the token; a month or year gives its last day when <paramref name="endOfPeriod"/> (an "until" bound).</summary>
    public static bool TryParse(string token, bool endOfPeriod, out DateOnly date)
    {
        var culture = CultureInfo.InvariantCulture;
        token = token.Trim();
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", culture, DateTimeStyles.None, out date))
            return true;
        if (DateOnly.TryParseExact(token, "yyyy-MM", culture, DateTimeStyles.None, out var month))
        {
            date = endOfPeriod ? month.AddMonths(1).AddDays(-1) : month;
            return true;
        }
        if (token.Length == 4 && DateOnly.TryParseExact(token, "yyyy", culture, DateTimeStyles.None, out var year))
        {
            date = endOfPeriod ? new DateOnly(year.Year, 12, 31) : year;
            return true;
        }
        return false;
    }

    /// <summary>The message for a token that is no date, naming the option or parameter it was given for.</summary>
    public static string Problem(string token, string name) =>
        $"'{token.Trim()}' is not a date for {name}: write it as YYYY-MM-DD (2025-08-13), YYYY-MM or YYYY.";
}

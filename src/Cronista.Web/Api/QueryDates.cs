using System.Globalization;
using Cronista.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Cronista.Web.Api;

/// <summary>Reads a date query parameter: YYYY-MM-DD, or a month or year standing for its first (or last) day, as the CLI does.</summary>
internal static class QueryDates
{
    public static bool TryRead(string? value, string name, bool endOfPeriod, out DateOnly? date, out IResult? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        var token = value.Trim();
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
            date = day;
        else if (DateOnly.TryParseExact(token, "yyyy-MM", culture, DateTimeStyles.None, out var month))
            date = endOfPeriod ? month.AddMonths(1).AddDays(-1) : month;
        else if (token.Length == 4 && DateOnly.TryParseExact(token, "yyyy", culture, DateTimeStyles.None, out var year))
            date = endOfPeriod ? new DateOnly(year.Year, 12, 31) : year;
        else
            problem = ProblemResults.BadRequest($"'{token}' is not a date for '{name}': write it as YYYY-MM-DD (2025-08-13), YYYY-MM or YYYY.");
        return problem is null;
    }
}

using Cronista.Storage;
using Cronista.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Cronista.Web.Api;

/// <summary>Reads the from–to date query parameters as the CLI reads --since and --until (<see cref="PeriodDate"/>).</summary>
internal static class QueryDates
{
    /// <summary>Both bounds, each optional; false with a 400 problem when either is no date.</summary>
    public static bool TryReadRange(string? from, string? to, out DateOnly? since, out DateOnly? until, out IResult? problem)
    {
        until = null;
        return TryRead(from, "from", endOfPeriod: false, out since, out problem) && TryRead(to, "to", endOfPeriod: true, out until, out problem);
    }

    private static bool TryRead(string? value, string name, bool endOfPeriod, out DateOnly? date, out IResult? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        if (PeriodDate.TryParse(value, endOfPeriod, out var day))
        {
            date = day;
            return true;
        }
        problem = ProblemResults.BadRequest(PeriodDate.Problem(value, $"'{name}'"));
        return false;
    }
}

using Cronista.Storage;
using Cronista.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cronista.Web.Api;

/// <summary>GET /api/events: stored events by actor, target, type and date.</summary>
internal static class EventEndpoints
{
    private const int MaxLimit = 10_000;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/events", Events)
            .WithName("ListEvents")
            .WithSummary("Stored events whose actor and target contain the given names or codes, of a PLOVER type or CAMEO prefix, dated within from–to.")
            .Produces<IReadOnlyList<StoredEvent>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static IResult Events(StoreGate gate, string? actor, string? target, string? type, string? from, string? to, int? limit)
    {
        if (!QueryDates.TryReadRange(from, to, out var since, out var until, out var problem))
            return problem!;
        var filter = new EventFilter(actor, type, since, until, Math.Clamp(limit ?? 1000, 1, MaxLimit)) { Target = target };
        return Results.Ok(gate.Use(s => s.Events(filter)));
    }
}

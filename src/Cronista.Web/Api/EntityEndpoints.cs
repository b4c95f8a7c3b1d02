using Cronista.Storage;
using Cronista.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cronista.Web.Api;

/// <summary>GET /api/entities and GET /api/entities/{id}: entities across the stored documents.</summary>
internal static class EntityEndpoints
{
    private const int MaxLimit = 500;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/entities", (StoreGate gate, string? q, int? limit) =>
                Results.Ok(gate.Use(s => s.Entities(q, Math.Clamp(limit ?? 50, 1, MaxLimit)))))
            .WithName("ListEntities")
            .WithSummary("Entities whose canonical name or kb id contains q, with how many documents mention them, most reported first.")
            .Produces<IReadOnlyList<EntitySummary>>();
        api.MapGet("/entities/{id}", (string id, StoreGate gate) =>
                gate.Use(s => s.Entity(id)) is { } profile ? Results.Ok(profile) : ProblemResults.NotFound($"No stored document mentions an entity '{id}' (a kb id or a canonical name)."))
            .WithName("GetEntity")
            .WithSummary("One entity (by kb id or canonical name): its mentions across documents, co-occurring entities, its quotes and a timeline per day.")
            .Produces<EntityProfile>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

using Cronista.Output;
using Cronista.Storage;
using Cronista.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cronista.Web.Api;

/// <summary>GET /api/documents/{id} and GET /api/search: stored documents, one by id or many by words and filters.</summary>
internal static class DocumentEndpoints
{
    // More hits than this on one page is a query to narrow, not to page through.
    private const int MaxSearchLimit = 200;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/documents/{id}", (string id, StoreGate gate) =>
                gate.Use(s => s.Get(id)) is { } record ? Results.Ok(record) : ProblemResults.NotFound($"No stored document has the id '{id}'."))
            .WithName("GetDocument")
            .WithSummary("A stored document by its id, or a unique prefix of it (at least 4 characters).")
            .Produces<DocumentRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Stored documents matching words (SQLite FTS5 syntax) and filters: best first with words, newest first without.")
            .Produces<IReadOnlyList<SearchHit>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Search(StoreGate gate, string? q, string? lang, string? publisher, string? from, string? to, int? limit)
    {
        if (!QueryDates.TryReadRange(from, to, out var since, out var until, out var problem))
            return problem!;
        var query = new SearchQuery(q, lang, publisher, since, until, Math.Clamp(limit ?? 20, 1, MaxSearchLimit));
        return Results.Ok(gate.Use(s => s.Search(query)));
    }
}

using Cronista.Extraction;
using Cronista.Output;
using Cronista.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cronista.Web.Api;

/// <summary>POST /api/analyze (an article in, its document out) and POST /api/documents (the same, stored).</summary>
internal static class AnalyzeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/analyze", AnalyzeAsync)
            .WithName("Analyze")
            .WithSummary("Analyses an article and returns its document; stores it only with ?store=true (a write: see the token rule).")
            .Accepts<AnalyzeRequest>("application/json", "text/plain", "text/html")
            .Produces<DocumentRecord>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/documents", IngestAsync)
            .WithName("StoreDocument")
            .WithSummary("Analyses an article and stores it (a write: see the token rule).")
            .Accepts<AnalyzeRequest>("application/json", "text/plain", "text/html")
            .Produces<DocumentRecord>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static Task<IResult> AnalyzeAsync(HttpContext context, ArticleReader reader, ArticleAnalysis analysis, StoreGate gate, TokenGuard guard,
        AnalysisSlots slots, bool store = false) => RunAsync(context, reader, analysis, slots, gate, guard, save: store, created: false);

    private static Task<IResult> IngestAsync(HttpContext context, ArticleReader reader, ArticleAnalysis analysis, StoreGate gate, TokenGuard guard,
        AnalysisSlots slots) => RunAsync(context, reader, analysis, slots, gate, guard, save: true, created: true);

    private static async Task<IResult> RunAsync(HttpContext context, ArticleReader reader, ArticleAnalysis analysis, AnalysisSlots slots, StoreGate gate, TokenGuard guard,
        bool save, bool created)
    {
        // The token is checked before the body is read, so that a refused writer costs no analysis.
        if (save && guard.Refusal(context) is { } refusal)
            return refusal;
        var cancel = context.RequestAborted;
        var input = await reader.ReadAsync(context.Request, cancel);
        if (input.Problem is { } problem)
            return problem;
        DocumentRecord record;
        try
        {
            // The stages are CPU-bound and synchronous: they run on pool threads, one per core (see AnalysisSlots).
            record = await slots.RunAsync(() => analysis.Analyze(input.Item!, input.Language, cancel), cancel);
        }
        catch (ExtractionException e)
        {
            return ProblemResults.Unprocessable($"The {(input.Item!.Format == Ingest.RawFormat.Html ? "page" : "article")} holds no article text: {e.Message}.");
        }
        if (!save)
            return Results.Ok(record);
        gate.Use(s => s.Save(record));
        return created ? Results.Created($"/api/documents/{record.Id}", record) : Results.Ok(record);
    }
}

using Cronista.Export;
using Cronista.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Cronista.Web.Api;

/// <summary>GET /api/export: every stored event as a file, in the formats of <c>cronista export</c>.</summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/export", Export)
            .WithName("ExportEvents")
            .WithSummary($"Every stored event as a file to download, ordered by publication date, document and event; format is one of " +
                $"{string.Join(", ", EventExportFormat.Names)} (default {EventExportFormat.All[0].Name}).")
            .Produces(StatusCodes.Status200OK, contentType: EventExportFormat.All[0].MediaType,
                additionalContentTypes: [.. EventExportFormat.All.Skip(1).Select(f => f.MediaType).Distinct()])
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static IResult Export(StoreGate gate, string? format)
    {
        var chosen = string.IsNullOrEmpty(format) ? EventExportFormat.All[0] : EventExportFormat.Find(format);
        if (chosen is null)
            return ProblemResults.BadRequest($"Unknown export format '{format}'; use one of {string.Join(", ", EventExportFormat.Names)}.");
        return Results.Stream(async response =>
        {
            // The writers are synchronous and the store serves one request at a time: the export is written into a buffer
            // (memory, then a temporary file) under the store's lock, and sent from it after the lock is released.
            await using var buffer = new FileBufferingWriteStream();
            gate.Use(store => EventExporter.Write(store.AllDocuments(), chosen, buffer));
            await buffer.DrainBufferAsync(response);
        }, chosen.ContentType, $"cronista-events.{chosen.FileExtension}");
    }
}

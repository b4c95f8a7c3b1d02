using Cronista.Export;
using Cronista.Storage;

namespace Cronista.Cli.Export;

/// <summary>Exports every stored event in one format, to standard output or to a file.</summary>
internal static class EventExport
{
    /// <summary>Writes the store's events; returns the exit code.</summary>
    public static int Run(DocumentStore store, EventExportFormat format, string? outPath, TextWriter output, TextWriter error)
    {
        if (outPath is null)
        {
            var written = EventExporter.Write(store.AllDocuments(), format, output);
            output.Flush();
            error.WriteLine($"cronista: exported {written} as {format.Name}.");
            return ExitCodes.Ok;
        }
        ExportTally? tally = null;
        try
        {
            ExportFile.Write(outPath, stream => tally = EventExporter.Write(store.AllDocuments(), format, stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cronista: cannot write {outPath}: {e.Message.TrimEnd('.')}.");
            return ExitCodes.SomeFailed;
        }
        error.WriteLine($"cronista: exported {tally} to {outPath}");
        return ExitCodes.Ok;
    }
}

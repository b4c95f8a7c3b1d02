using System.Text;
using Cronista.Export;
using Cronista.Knowledge;
using Cronista.Storage;

namespace Cronista.Cli.Export;

/// <summary>Exports every stored event in one format, to standard output or to a file.</summary>
internal static class EventExport
{
    /// <summary>The format that writes binary data, and so needs a file.</summary>
    public const string Parquet = "parquet";

    /// <summary>Every format, the default first.</summary>
    public static readonly string[] Formats = ["jsonl", "csv", Parquet, "plover-json", "gdelt-events"];

    /// <summary>Writes the store's events; returns the exit code.</summary>
    public static int Run(DocumentStore store, string format, string? outPath, TextWriter output, TextWriter error)
    {
        var tally = new ExportTally();
        var events = ExportedEvents.From(store.AllDocuments(), tally);
        if (outPath is null)
        {
            TextWriterFor(format)(events, output);
            output.Flush();
            error.WriteLine($"cronista: exported {Count(tally)} as {format}.");
            return ExitCodes.Ok;
        }
        try
        {
            ExportFile.Write(outPath, stream =>
            {
                if (format == Parquet)
                {
                    ParquetExport.Write(events, stream);
                    return;
                }
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                TextWriterFor(format)(events, writer);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cronista: cannot write {outPath}: {e.Message.TrimEnd('.')}.");
            return ExitCodes.SomeFailed;
        }
        error.WriteLine($"cronista: exported {Count(tally)} to {outPath}");
        return ExitCodes.Ok;
    }

    private static string Count(ExportTally tally) =>
        $"{tally.Events} event{(tally.Events == 1 ? "" : "s")} from {tally.Documents} document{(tally.Documents == 1 ? "" : "s")}";

    private static Action<IEnumerable<ExportedEvent>, TextWriter> TextWriterFor(string format)
    {
        switch (format)
        {
            case "csv":
                return CsvExport.Write;
            case "plover-json":
                return new PloverExport(CountryTable.Load(), CameoContexts.Load()).Write;
            case "gdelt-events":
                var countries = CountryTable.Load();
                var geography = new GdeltGeography(Gazetteer.Load, countries, FipsCountryCodes.Load());
                return new GdeltExport(geography, CameoGoldstein.Load(), countries).Write;
            default:
                return JsonlExport.Write;
        }
    }
}

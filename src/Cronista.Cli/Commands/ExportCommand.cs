using System.CommandLine;
using Cronista.Cli.Export;
using Cronista.Export;

namespace Cronista.Cli.Commands;

/// <summary>The 'export' command: every stored event in a format other tools read (JSONL, CSV, Parquet, PLOVER, GDELT).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format(
            "jsonl (one JSON object per event), csv (the same fields flattened), parquet (the same columns; needs --out), " +
            "plover-json (an array of PLOVER records) or gdelt-events (GDELT 2.0 event records, tab-separated, no header).",
            [.. EventExportFormat.Names]);
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write to this file (its folder is created) instead of standard output.",
            HelpName = "FILE",
        };
        var command = new ExampleCommand(
            "export",
            "Export every stored event, one row per event with its document, ordered by publication date, document and event.",
            [
                "cronista export --format csv --out events.csv",
                "cronista export --format gdelt-events > events.tsv",
                "cronista export --format parquet --db news.db --out exports/events.parquet",
            ],
            [
                "jsonl, csv and parquet share their fields: the document's (document_id, url, publisher, published …), the event's " +
                "(event_id, type, cameo, mode, actor, target, location, date …), the claim's source chain and the sentence. " +
                "In jsonl actor, target, location and source_chain are nested; csv and parquet flatten them (actor_code, " +
                "source_chain_name) and join lists with '|'.",
            ])
        {
            database, format, output,
        };
        command.Validators.Add(result =>
        {
            if (EventExportFormat.Find(result.GetValue(format)) is { IsBinary: true } && string.IsNullOrWhiteSpace(result.GetValue(output)))
                result.AddError("--format parquet writes a binary file: give it a name with --out FILE.");
        });
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            return StoreAccess.With(parse.GetValue(database)!, error, store =>
                EventExport.Run(store, EventExportFormat.Find(parse.GetValue(format))!, parse.GetValue(output), parse.InvocationConfiguration.Output, error));
        });
        return command;
    }
}

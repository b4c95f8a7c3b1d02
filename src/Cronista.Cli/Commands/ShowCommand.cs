using System.CommandLine;
using Cronista.Cli.Rendering;
using Cronista.Output;

namespace Cronista.Cli.Commands;

/// <summary>The 'show' command: one stored document, as the analyze command printed it.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id")
        {
            Description = "The document id, as 'analyze' and 'search' print it (a unique prefix of 4 or more characters will do).",
            HelpName = "ID",
        };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text (a report for people), json (indented) or jsonl (one line).", "text", "json", "jsonl");
        var command = new ExampleCommand(
            "show",
            "Show one analysed document from the store: the same report or JSON that 'analyze' printed.",
            [
                "cronista show 45b2faf4e9aa9b18",
                "cronista show 45b2 --format json",
            ])
        {
            id, database, format,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var wanted = parse.GetValue(id)!.Trim();
            return StoreAccess.With(parse.GetValue(database)!, error, store =>
            {
                if (store.Get(wanted) is not { } record)
                {
                    error.WriteLine($"cronista: no document with id '{wanted}' in {store.Path}; find ids with 'cronista search WORDS'.");
                    return ExitCodes.SomeFailed;
                }
                switch (parse.GetValue(format))
                {
                    case "json":
                        output.WriteLine(DocumentRecords.ToIndentedJson(record));
                        break;
                    case "jsonl":
                        output.WriteLine(DocumentRecords.ToJsonLine(record));
                        break;
                    default:
                        DocumentReport.Write(Consoles.For(output, Consoles.IsTerminalOutput(output)), record);
                        break;
                }
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}

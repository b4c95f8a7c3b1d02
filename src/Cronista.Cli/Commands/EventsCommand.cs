using System.CommandLine;
using Cronista.Cli.Rendering;
using Cronista.Storage;
using Spectre.Console;
using Plain = Spectre.Console.Text;

namespace Cronista.Cli.Commands;

/// <summary>The 'events' command: the coded events of every stored document, filtered.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var actor = new Option<string?>("--actor", "-a") { Description = "Only events whose actor's name or code contains this, any case (putin, RUS).", HelpName = "TEXT" };
        var type = new Option<string?>("--type", "-t") { Description = "Only events of this PLOVER type (CONSULT, SUPPORT, AID …), or whose CAMEO code starts with these digits (04).", HelpName = "TYPE" };
        var since = CommonOptions.Date("--since", "Only events on or after this date (YYYY-MM-DD; YYYY-MM and YYYY mean their first day).", endOfPeriod: false);
        var until = CommonOptions.Date("--until", "Only events on or before this date (YYYY-MM-DD; YYYY-MM and YYYY mean their last day).", endOfPeriod: true);
        var limit = CommonOptions.Limit("Show at most N events.", 1000);
        var format = CommonOptions.Format("text (a table) or json (an array of events).", "text", "json");
        var command = new ExampleCommand(
            "events",
            "List the events (who did what to whom, when) coded in the stored documents, oldest first. An event " +
            "dated only to a month or year matches a date filter when its period overlaps the range.",
            [
                "cronista events --actor Putin",
                "cronista events --type CONSULT --since 2025-08-01 --until 2025-08-31 --format json",
            ])
        {
            database, actor, type, since, until, limit, format,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var filter = new EventFilter(parse.GetValue(actor), parse.GetValue(type), parse.GetValue(since), parse.GetValue(until), parse.GetValue(limit));
            if (filter.Since > filter.Until)
            {
                error.WriteLine($"cronista: --since {filter.Since:yyyy-MM-dd} is after --until {filter.Until:yyyy-MM-dd}; swap them.");
                return ExitCodes.Usage;
            }
            var json = parse.GetValue(format) == "json";
            return StoreAccess.With(parse.GetValue(database)!, error, store =>
            {
                var events = store.Events(filter);
                if (json)
                {
                    output.WriteLine(CliJson.Serialize(events));
                    return ExitCodes.Ok;
                }
                if (events.Count == 0)
                {
                    output.WriteLine($"No events match in {store.Path} ({store.Count()} documents stored).");
                    return ExitCodes.Ok;
                }
                var table = new Table().Border(TableBorder.Simple)
                    .AddColumn("Date").AddColumn("Actor").AddColumn("Event").AddColumn("Target").AddColumn("Mode").AddColumn("Document");
                foreach (var e in events)
                {
                    table.AddRow(
                        new Plain(e.Date ?? ""),
                        new Plain(e.ActorCode is null ? e.ActorName : $"{e.ActorName} ({e.ActorCode})"),
                        new Plain(e.Cameo is null ? e.Type : $"{e.Type} / {e.Cameo}"),
                        new Plain(e.TargetName is null ? "" : e.TargetCode is null ? e.TargetName : $"{e.TargetName} ({e.TargetCode})"),
                        new Plain(e.Mode),
                        new Plain(e.DocumentTitle is null ? e.DocumentId : $"{e.DocumentId} {e.DocumentTitle}"));
                }
                Consoles.For(output, Consoles.IsTerminalOutput(output)).Write(table);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}

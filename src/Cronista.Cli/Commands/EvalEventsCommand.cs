using System.CommandLine;
using Cronista.Eval.Events;
using Cronista.Eval.Reporting;

namespace Cronista.Cli.Commands;

/// <summary>The 'eval events' command: PLOVER event type and actor codes against a PLOVER gold file.</summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "A PLOVER gold file: a JSON array of records with text, event, source and target.",
            DefaultValueFactory = _ => "../shared/data/events/plover/gold_standard_records/PLOVER_GSR_CAMEO.dev.json",
        };
        var threads = new Option<int>("--threads") { Description = "Records coded at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every figure instead of tables." };
        var misses = new Option<bool>("--misses") { Description = "Also list every record not coded entirely right." };
        var command = new Command("events", "Score the event type and the source and target actor codes of every record of a PLOVER gold file.")
        {
            gold, threads, json, misses,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"cronista eval events: gold file '{path}' not found; pass --gold FILE.");
                return ExitCodes.Usage;
            }
            try
            {
                var score = PloverEvaluator.For(Analyzer.Create(new AnalyzerOptions(LearnedEntities: true)))
                    .Evaluate(path, Math.Max(1, parse.GetValue(threads)), CancellationToken.None);
                var output = parse.InvocationConfiguration.Output;
                if (parse.GetValue(json))
                    output.WriteLine(score.ToJson().ToJsonString());
                else
                    PloverReportTable.Write(Consoles.For(output), path, score, parse.GetValue(misses));
                return ExitCodes.Ok;
            }
            catch (InvalidDataException problem)
            {
                parse.InvocationConfiguration.Error.WriteLine($"cronista eval events: {problem.Message}");
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }
}

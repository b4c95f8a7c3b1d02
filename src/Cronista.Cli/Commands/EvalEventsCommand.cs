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
        var petrarch = new Option<string?>("--petrarch")
        {
            Description = "Instead, report agreement with PETRARCH2's validation records (PETR.UnitTest.records.xml) on event codes.",
            HelpName = "FILE",
        };
        var command = new Command("events", "Score the event type and the source and target actor codes of every record of a PLOVER gold file.")
        {
            gold, threads, json, misses, petrarch,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(petrarch) is { } validation)
                return Petrarch(parse, validation, Math.Max(1, parse.GetValue(threads)));
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

    private static int Petrarch(ParseResult parse, string path, int threads)
    {
        if (!File.Exists(path))
        {
            parse.InvocationConfiguration.Error.WriteLine($"cronista eval events: validation file '{path}' not found.");
            return ExitCodes.Usage;
        }
        try
        {
            var sentences = PetrarchValidation.Read(path);
            var report = PetrarchValidation.For(Analyzer.Create(new AnalyzerOptions(LearnedEntities: true))).Evaluate(sentences, threads, CancellationToken.None);
            parse.InvocationConfiguration.Output.WriteLine(report.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Ok;
        }
        catch (InvalidDataException problem)
        {
            parse.InvocationConfiguration.Error.WriteLine($"cronista eval events: {problem.Message}");
            return ExitCodes.SomeFailed;
        }
    }
}

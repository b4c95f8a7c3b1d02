using System.CommandLine;
using Cronista.Eval.Reporting;
using Cronista.Eval.Time;

namespace Cronista.Cli.Commands;

/// <summary>The 'eval time' command: time expressions scored on TempEval-3 TimeML files, as the official scorer's entity part does.</summary>
internal static class EvalTimeCommand
{
    /// <summary>TempEval-3's training data: TimeBank (development) and AQUAINT (held apart to check rules generalize).</summary>
    private const string TbaqCleaned = "../shared/data/time/tempeval3-training/TBAQ-cleaned";

    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "A TimeML gold file or a folder of them (searched recursively); repeat for several, each reported apart.",
            DefaultValueFactory = _ => [TbaqCleaned + "/TimeBank", TbaqCleaned + "/AQUAINT"],
            AllowMultipleArgumentsPerToken = false,
        };
        var system = new Option<string?>("--system") { Description = "Score the system files in this folder (same relative paths) instead of tagging the gold text." };
        var threads = new Option<int>("--threads") { Description = "Files tagged at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var errors = new Option<int>("--errors") { Description = "Print up to N examples of each kind of error (missed, spurious, extent, type, value).", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every figure instead of a table." };
        var command = new Command("time", "Score time expressions (extent, type, value) on TempEval-3 TimeML files: strict and relaxed extent F1, value F1, type accuracy.")
        {
            gold, system, threads, errors, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var goldPaths = parse.GetValue(gold)!;
            foreach (var goldPath in goldPaths)
            {
                if (!Directory.Exists(goldPath) && !File.Exists(goldPath))
                {
                    error.WriteLine($"cronista: gold '{goldPath}' not found; pass --gold with a TimeML file or a folder of .tml files.");
                    return ExitCodes.Usage;
                }
            }
            var systemPath = parse.GetValue(system);
            if (systemPath is not null && goldPaths.Length != 1)
            {
                error.WriteLine("cronista: --system scores one gold folder; pass a single --gold with it.");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(errors) < 0)
            {
                error.WriteLine("cronista: --errors must be zero or a positive number of examples.");
                return ExitCodes.Usage;
            }
            TimeReport report;
            try
            {
                var evaluator = systemPath is null ? TimeEvaluator.ForCronista() : new TimeEvaluator(null);
                report = TimeReport.Combine([.. goldPaths.Select(path => evaluator.Evaluate(path, systemPath, Math.Max(1, parse.GetValue(threads))))]);
            }
            catch (Exception problem) when (problem is InvalidDataException or IOException or AggregateException)
            {
                var inner = problem is AggregateException aggregate ? aggregate.InnerExceptions[0] : problem;
                error.WriteLine($"cronista: {inner.Message}");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(json))
                output.WriteLine(report.ToJson().ToJsonString());
            else
                TimeReportTable.Write(Consoles.For(output), report, parse.GetValue(errors));
            return ExitCodes.Ok;
        });
        return command;
    }
}

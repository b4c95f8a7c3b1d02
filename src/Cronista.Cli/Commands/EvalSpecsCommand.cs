using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Cronista.Eval.Specs;

namespace Cronista.Cli.Commands;

/// <summary>The 'eval specs' command: the share of cases that hold in spec files scored as a whole (eval/time/duckling).</summary>
internal static class EvalSpecsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Spec files, or folders of them (every .md but README.md).", Arity = ArgumentArity.OneOrMore };
        var failures = new Option<bool>("--failures") { Description = "List every failed case with what was missing or unexpected." };
        var threads = new Option<int>("--threads") { Description = "Cases analysed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per file, failures included, instead of text." };
        var command = new Command("specs", "Score spec files as a whole: how many of their cases hold (for corpora such as Duckling's time phrases, eval/time/duckling).")
        {
            paths, failures, threads, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            List<string> files;
            try
            {
                files = [.. parse.GetValue(paths)!.SelectMany(SpecEvaluator.Files)];
            }
            catch (FileNotFoundException problem)
            {
                error.WriteLine($"cronista: {problem.Message}");
                return ExitCodes.Usage;
            }
            var evaluator = new SpecEvaluator(Analyzer.CreateDefault());
            var all = new JsonArray();
            foreach (var file in files)
            {
                SpecFileReport report;
                try
                {
                    report = evaluator.Evaluate(file, Math.Max(1, parse.GetValue(threads)));
                }
                catch (FormatException problem)
                {
                    error.WriteLine($"cronista: {file}: {problem.Message}");
                    return ExitCodes.Usage;
                }
                if (parse.GetValue(json))
                    all.Add(ToJson(report));
                else
                    Write(output, report, parse.GetValue(failures));
            }
            if (parse.GetValue(json))
                output.WriteLine(all.ToJsonString());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, SpecFileReport report, bool listFailures)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.File}: {report.Passed} of {report.Cases} cases hold ({report.PassRate:P1})"));
        if (!listFailures)
            return;
        foreach (var failure in report.Failures)
            output.WriteLine($"  § {failure.Case.Name}: {string.Join("; ", failure.Problems)}");
    }

    private static JsonObject ToJson(SpecFileReport report) => new()
    {
        ["file"] = report.File,
        ["cases"] = report.Cases,
        ["passed"] = report.Passed,
        ["pass_rate"] = Math.Round(report.PassRate, 4),
        ["failures"] = new JsonArray([.. report.Failures.Select(f => (JsonNode)new JsonObject
        {
            ["case"] = f.Case.Name,
            ["problems"] = new JsonArray([.. f.Problems.Select(p => (JsonNode)JsonValue.Create(p)!)]),
        })]),
    };
}

using System.CommandLine;
using Cronista.Core;
using Cronista.Output;

namespace Cronista.Cli.Commands;

/// <summary>The 'analyze' command: reads articles, runs every stage, prints or stores the results.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (read recursively) or '-' for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text (a report for people), json or jsonl.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var command = new Command("analyze", "Analyze articles and print what they say, and who says it.") { paths, format };
        command.SetAction(parse =>
        {
            var analyzer = Analyzer.CreateDefault();
            var output = parse.InvocationConfiguration.Output;
            foreach (var path in parse.GetValue(paths)!)
            {
                var text = File.ReadAllText(path);
                var document = analyzer.Analyze(Document.Create(text, new DocumentMetadata(path)));
                output.WriteLine(DocumentRecords.ToIndentedJson(DocumentRecords.From(document)));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

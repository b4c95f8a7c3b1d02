using System.CommandLine;
using Cronista.Eval.Attributions;
using Cronista.Eval.Ner;

namespace Cronista.Cli.Commands;

/// <summary>The 'tag' command: standard interfaces for outside scorers, one subcommand per task.</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var command = new Command("tag", "Tag files in the formats outside scorers read.");
        command.Subcommands.Add(Ner());
        command.Subcommands.Add(Attribution());
        command.Subcommands.Add(TagTimeCommand.Create());
        command.Subcommands.Add(TagEventsCommand.Create());
        return command;
    }

    private static Command Ner()
    {
        var language = new Option<string>("--lang") { Description = "The language of the file (it, en, de, fr).", Required = true };
        var input = new Option<FileInfo>("--conll") { Description = "CoNLL or KIND TSV: one token per line, a blank line between sentences.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the tagged file; standard output when not given." };
        var demonyms = new Option<string>("--demonyms") { Description = "Tag nationality words (\"German\") as MISC, as CoNLL does, or leave them out, as KIND does.", DefaultValueFactory = _ => "misc" };
        demonyms.AcceptOnlyFromAmong(DemonymPolicies.Names);
        var command = new Command("ner", "Append the predicted IOB2 entity tag to every token line.") { language, input, output, demonyms };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                error.WriteLine($"cronista tag ner: '{file.FullName}' not found.");
                return ExitCodes.SomeFailed;
            }
            DemonymPolicies.TryParse(parse.GetValue(demonyms), out var policy);
            try
            {
                using var reader = new StreamReader(file.FullName);
                var target = parse.GetValue(output);
                using var writer = target is null ? null : new StreamWriter(target.FullName);
                var sentences = ConllTagging.Run(reader, writer ?? parse.InvocationConfiguration.Output, parse.GetValue(language)!, policy, Analyzer.Create(new AnalyzerOptions(LearnedEntities: true)));
                if (target is not null)
                    parse.InvocationConfiguration.Output.WriteLine($"tagged {sentences:N0} sentences into {target.FullName}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine($"cronista tag ner: {e.Message}");
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }

    private static Command Attribution()
    {
        var input = new Option<DirectoryInfo>("--brat") { Description = "A folder of .txt articles.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write one brat .ann file per article.", Required = true };
        var language = new Option<string>("--lang") { Description = "The language of the articles.", DefaultValueFactory = _ => "en" };
        var command = new Command("attribution", "Write PolNeAR-style brat .ann files: Source, Cue and Content spans joined by Attribution events.") { input, output, language };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var folder = parse.GetValue(input)!;
            if (!folder.Exists)
            {
                error.WriteLine($"cronista tag attribution: folder '{folder.FullName}' not found.");
                return ExitCodes.SomeFailed;
            }
            var target = parse.GetValue(output)!;
            var evaluator = AttributionEvaluator.For(Analyzer.Create(new AnalyzerOptions(LastStage: "attribute-spans")));
            var failed = 0;
            var written = 0;
            target.Create();
            foreach (var file in folder.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                try
                {
                    var text = File.ReadAllText(file.FullName);
                    var attributions = evaluator.Predict(file.Name, text, parse.GetValue(language)!, CancellationToken.None);
                    File.WriteAllText(Path.Combine(target.FullName, Path.ChangeExtension(file.Name, ".ann")), BratFile.Write(attributions, text));
                    written++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"cronista tag attribution: {file.Name}: {e.Message}");
                    failed++;
                }
            }
            parse.InvocationConfiguration.Output.WriteLine($"tagged {written:N0} articles into {target.FullName}");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}

using System.CommandLine;
using Cronista.Eval.Events;

namespace Cronista.Cli.Commands;

/// <summary>The 'tag events' command: PLOVER records coded, for outside scorers.</summary>
internal static class TagEventsCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--plover") { Description = "A PLOVER JSON file: an array of records, each with a \"text\".", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the records with the predicted event, source and target.", Required = true };
        var threads = new Option<int>("--threads") { Description = "Records coded at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("events", "Code the text of every PLOVER record and write the records back with the predicted event type, " +
                                            "CAMEO code, mode, context, source and target in PLOVER's own fields.")
        {
            input, output, threads,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                error.WriteLine($"cronista tag events: '{file.FullName}' not found.");
                return ExitCodes.Usage;
            }
            try
            {
                var records = PloverRecords.Read(file.FullName);
                var tagger = PloverTagger.For(Analyzer.Create(new AnalyzerOptions(LearnedEntities: true)));
                var tagged = new System.Text.Json.Nodes.JsonObject[records.Count];
                Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parse.GetValue(threads)) },
                    i => tagged[i] = tagger.Tag(records[i], CancellationToken.None));
                var target = parse.GetValue(output)!;
                PloverRecords.Write(tagged, target.FullName);
                var coded = tagged.Count(r => r["event"] is not null && PloverRecords.Text(r) is not null);
                parse.InvocationConfiguration.Output.WriteLine($"coded {coded:N0} of {records.Count(r => PloverRecords.Text(r) is not null):N0} records into {target.FullName}");
                return ExitCodes.Ok;
            }
            catch (Exception problem) when (problem is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"cronista tag events: {problem.Message}");
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }
}

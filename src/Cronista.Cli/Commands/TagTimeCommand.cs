using System.CommandLine;
using Cronista.Eval.Time;

namespace Cronista.Cli.Commands;

/// <summary>The 'tag time' command: TempEval-3 system files, for the official scorer.</summary>
internal static class TagTimeCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--timeml") { Description = "A TempEval-3 input file (DCT and plain TEXT) or a folder of them; tags already in TEXT are dropped.", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write the tagged files to (same relative paths).", Required = true };
        var language = new Option<string>("--lang") { Description = "The language of the text (it, en, de, fr).", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("it", "en", "de", "fr");
        var threads = new Option<int>("--threads") { Description = "Files tagged at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("time", "Tag time expressions with TIMEX3 (tid, type, value) anchored to each file's creation time (DCT), keeping the text byte for byte.")
        {
            input, output, language, threads,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var source = parse.GetValue(input)!;
            if (!Directory.Exists(source) && !File.Exists(source))
            {
                error.WriteLine($"cronista tag time: '{source}' not found; pass --timeml with a TimeML file or a folder of .tml files.");
                return ExitCodes.Usage;
            }
            try
            {
                var target = parse.GetValue(output)!;
                var (files, expressions) = TimeMlTagging.Run(source, target, TimeTagger.Create(parse.GetValue(language)!), Math.Max(1, parse.GetValue(threads)));
                parse.InvocationConfiguration.Output.WriteLine($"tagged {expressions:N0} time expressions in {files:N0} files into {Path.GetFullPath(target)}");
                return ExitCodes.Ok;
            }
            catch (Exception problem) when (problem is InvalidDataException or IOException or UnauthorizedAccessException or AggregateException)
            {
                var inner = problem is AggregateException aggregate ? aggregate.InnerExceptions[0] : problem;
                error.WriteLine($"cronista tag time: {inner.Message}");
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }
}

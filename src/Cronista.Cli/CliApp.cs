using System.CommandLine;
using Cronista.Cli.Commands;

namespace Cronista.Cli;

/// <summary>The cronista command line: builds the command tree and maps parse errors to exit code 2.</summary>
internal static class CliApp
{
    /// <summary>Runs one command line; <paramref name="input"/> opens what '-' reads (standard input when not given).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream>? input = null)
    {
        var root = new RootCommand(
            "Cronista reads news articles (Italian, English, German, French) and records who did what to whom, " +
            "when, where, and who says so: entities, dates, amounts, quotes with speakers, claims with their " +
            "chains of sources, and events coded in PLOVER/CAMEO.")
        {
            AnalyzeCommand.Create(input ?? Console.OpenStandardInput),
            IngestCommand.Create(),
            WatchCommand.Create(),
            SearchCommand.Create(),
            ShowCommand.Create(),
            EventsCommand.Create(),
            ExportCommand.Create(),
            ServeCommand.Create(),
            EvalCommand.Create(),
            TrainCommand.Create(),
            TagCommand.Create(),
            BuildGazetteerCommand.Create(),
            BuildLexiconCommand.Create(),
            BuildVerbsCommand.Create(),
            BuildActorsCommand.Create(),
        };
        ExampleCommand.AddExamplesToHelp(root);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !ExampleCommand.IsHelp(parsed))
        {
            foreach (var problem in parsed.Errors)
                error.WriteLine($"cronista: {problem.Message}");
            error.WriteLine("Run 'cronista --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            // The reader of standard output went away (cronista … | head): nothing more to say.
            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            error.WriteLine($"cronista: unexpected error: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.SomeFailed;
        }
    }

    private static bool IsBrokenPipe(IOException e) =>
        e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase) || e.HResult == 32;
}

using Cronista.Eval.Ner;

namespace Cronista.Cli.Commands;

/// <summary>Runs a 'train' subcommand's job so that a bad file or argument is one line on standard error and a
/// non-zero exit, never a stack trace.</summary>
internal static class TrainingRun
{
    /// <summary>Runs <paramref name="train"/>; returns the exit code.</summary>
    /// <param name="subcommand">Its name in messages ("ner").</param>
    /// <param name="error">Where problems are written.</param>
    /// <param name="train">The job.</param>
    /// <param name="argumentProblem">The exit code when the job refuses its arguments.</param>
    public static int Guard(string subcommand, TextWriter error, Action train, int argumentProblem = ExitCodes.SomeFailed)
    {
        try
        {
            train();
            return ExitCodes.Ok;
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"cronista train {subcommand}: {e.Message}");
            return argumentProblem;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or GoldFormatException)
        {
            error.WriteLine($"cronista train {subcommand}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
    }
}

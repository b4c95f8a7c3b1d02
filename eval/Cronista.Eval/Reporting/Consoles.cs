using Spectre.Console;

namespace Cronista.Eval.Reporting;

/// <summary>Spectre consoles that write to a given writer, so commands print where they are told to.</summary>
internal static class Consoles
{
    // Spectre assumes 80 columns when it cannot see a terminal, which folds every wide table.
    private const int RedirectedWidth = 160;

    /// <summary>A console writing to the writer; colours and the terminal's width only when it is the terminal.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
            console.Profile.Width = RedirectedWidth;
        return console;
    }
}

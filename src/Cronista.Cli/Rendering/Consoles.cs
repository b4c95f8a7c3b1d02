using Spectre.Console;

namespace Cronista.Cli.Rendering;

/// <summary>Spectre consoles over the command's writers: colours on a terminal, plain text when redirected or captured.</summary>
internal static class Consoles
{
    // Wide enough for the event and entity tables; a pipe or file has no width of its own.
    private const int RedirectedWidth = 120;

    /// <summary>True when the writer is the process's standard output and that is a terminal.</summary>
    public static bool IsTerminalOutput(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>True when the writer is the process's standard error and that is a terminal.</summary>
    public static bool IsTerminalError(TextWriter writer) => ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>A console that renders to the writer, plain unless the writer is a terminal.</summary>
    /// <remarks>Whether the writer is a terminal is decided by the caller: Spectre's own detection looks at standard output only.</remarks>
    public static IAnsiConsole For(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
            console.Profile.Capabilities.Unicode = true;
        }
        return console;
    }
}

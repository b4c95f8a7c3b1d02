using System.CommandLine;

namespace Cronista.Cli.Commands;

/// <summary>The 'search' command.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var command = new Command("search", "Not built yet.");
        command.SetAction(_ => ExitCodes.SomeFailed);
        return command;
    }
}

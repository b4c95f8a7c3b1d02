using System.CommandLine;

namespace Cronista.Cli.Commands;

/// <summary>The 'show' command.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var command = new Command("show", "Not built yet.");
        command.SetAction(_ => ExitCodes.SomeFailed);
        return command;
    }
}

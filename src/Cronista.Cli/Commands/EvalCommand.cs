using System.CommandLine;

namespace Cronista.Cli.Commands;

/// <summary>The 'eval' command.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Not built yet.");
        command.SetAction(_ => ExitCodes.SomeFailed);
        return command;
    }
}

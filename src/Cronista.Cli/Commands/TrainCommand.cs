using System.CommandLine;

namespace Cronista.Cli.Commands;

/// <summary>The 'train' command.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Not built yet.");
        command.SetAction(_ => ExitCodes.SomeFailed);
        return command;
    }
}

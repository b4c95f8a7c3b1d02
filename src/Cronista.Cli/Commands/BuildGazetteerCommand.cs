using System.CommandLine;

namespace Cronista.Cli.Commands;

/// <summary>The 'build-gazetteer' command.</summary>
internal static class BuildGazetteerCommand
{
    public static Command Create()
    {
        var command = new Command("build-gazetteer", "Not built yet.");
        command.SetAction(_ => ExitCodes.SomeFailed);
        return command;
    }
}

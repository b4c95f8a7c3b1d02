using System.CommandLine;

namespace Cronista.Cli.Commands;

/// <summary>The 'events' command.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var command = new Command("events", "Not built yet.");
        command.SetAction(_ => ExitCodes.SomeFailed);
        return command;
    }
}

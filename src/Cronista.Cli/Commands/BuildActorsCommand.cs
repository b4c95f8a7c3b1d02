using System.CommandLine;
using System.Globalization;
using Cronista.Events.Actors;

namespace Cronista.Cli.Commands;

/// <summary>The 'build-actors' command: turns the PETRARCH2 Phoenix dictionaries into the actor names and English agent
/// nouns the event coder reads.</summary>
internal static class BuildActorsCommand
{
    public static Command Create()
    {
        var petrarch = new Option<string>("--petrarch") { Description = "The PETRARCH2 dictionaries folder (or a folder above it) with the Phoenix *.actors.txt and Phoenix.agents.txt files.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The event coder's source folder: writes Data/actors.tsv(.gz) and Languages/en/agents.tsv there.", DefaultValueFactory = _ => "src/Cronista/Events" };
        var command = new Command("build-actors", "Build the actor dictionary (names → CAMEO-style codes with dates) and English agent nouns from the PETRARCH2 Phoenix dictionaries.") { petrarch, output };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var written = parse.InvocationConfiguration.Output;
            try
            {
                var summary = PhoenixDictionaryReader.Build(parse.GetValue(petrarch)!, parse.GetValue(output)!);
                written.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {summary.ActorsPath}: {summary.ActorRows:N0} rows, {summary.ActorPhrases:N0} phrases, {summary.ActorsBytes:N0} bytes."));
                written.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {summary.AgentsPath}: {summary.AgentRows:N0} agents, {summary.AgentForms:N0} forms, {summary.AgentsBytes:N0} bytes."));
                foreach (var note in summary.Notes)
                    written.WriteLine("  " + note);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error.WriteLine($"cronista build-actors: {e.Message}");
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }
}

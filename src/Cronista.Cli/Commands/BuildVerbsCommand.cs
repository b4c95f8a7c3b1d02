using System.CommandLine;
using Cronista.Events.Verbs;

namespace Cronista.Cli.Commands;

/// <summary>The 'build-verbs' command: the English event verb patterns, from PETRARCH2's CAMEO verb dictionary.</summary>
internal static class BuildVerbsCommand
{
    public static Command Create()
    {
        var petrarch = new Option<string>("--petrarch")
        {
            Description = "The PETRARCH2 folder (../shared/data/events/petrarch2) or its CAMEO.2.0.txt.",
            DefaultValueFactory = _ => "../shared/data/events/petrarch2",
        };
        var output = new Option<string>("--out", "-o") { Description = "The folder of English event data.", DefaultValueFactory = _ => "src/Cronista/Events/Languages/en" };
        var command = new Command("build-verbs", "Build the English event verb patterns and word sets from PETRARCH2's CAMEO verb dictionary.") { petrarch, output };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(petrarch)!;
            var file = File.Exists(source) ? source : Path.Combine(source, "petrarch2", "data", "dictionaries", "CAMEO.2.0.txt");
            if (!File.Exists(file))
            {
                parse.InvocationConfiguration.Error.WriteLine($"cronista build-verbs: no CAMEO.2.0.txt at '{file}'; pass --petrarch with the PETRARCH2 folder.");
                return ExitCodes.SomeFailed;
            }
            var conversion = CameoVerbFiles.Build(file, parse.GetValue(output)!);
            parse.InvocationConfiguration.Output.WriteLine(
                $"{conversion.Blocks} verb blocks: {conversion.Sets.Count} word sets, {conversion.Triggers.Count} patterns ({conversion.Skipped} lines not read) → {parse.GetValue(output)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

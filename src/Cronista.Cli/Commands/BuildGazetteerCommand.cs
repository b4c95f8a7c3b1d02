using System.CommandLine;
using System.Globalization;
using Cronista.Knowledge;

namespace Cronista.Cli.Commands;

/// <summary>The 'build-gazetteer' command: turns a GeoNames download into the compact gazetteer the project ships.</summary>
internal static class BuildGazetteerCommand
{
    public const string DefaultOutput = "src/Cronista/Knowledge/Data/places.tsv.gz";

    public static Command Create()
    {
        var geonames = new Option<string>("--geonames") { Description = "Folder with cities15000.zip (or .txt), countryInfo.tsv, regionInfo.tsv and optionally country_translations.json.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the gazetteer (gzipped when it ends in .gz).", DefaultValueFactory = _ => DefaultOutput };
        var command = new Command("build-gazetteer", "Build the place gazetteer (countries, regions, cities) from GeoNames data.") { geonames, output };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var summary = GazetteerBuilder.Build(parse.GetValue(geonames)!, parse.GetValue(output)!);
                parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {parse.GetValue(output)}: {summary.Countries} countries, {summary.Regions} regions, {summary.Cities} cities, {summary.Names} names, {summary.Bytes:N0} bytes."));
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                error.WriteLine($"cronista build-gazetteer: {e.Message}");
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }
}

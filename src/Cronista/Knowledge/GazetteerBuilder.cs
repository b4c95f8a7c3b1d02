using System.IO.Compression;
using System.Text;

namespace Cronista.Knowledge;

/// <summary>Builds the compact place gazetteer (places.tsv.gz) from a GeoNames download.</summary>
public static class GazetteerBuilder
{
    /// <summary>Reads the GeoNames folder and writes the gazetteer to <paramref name="outputPath"/>, gzipped when the name ends in ".gz".</summary>
    /// <returns>How many countries, regions and cities were written, and how many names they have.</returns>
    /// <exception cref="FileNotFoundException">A GeoNames file is missing; the message says which and where to point.</exception>
    public static GazetteerBuildSummary Build(string geonamesFolder, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(geonamesFolder);
        ArgumentNullException.ThrowIfNull(outputPath);
        if (!Directory.Exists(geonamesFolder))
            throw new DirectoryNotFoundException($"GeoNames folder '{geonamesFolder}' does not exist; pass the folder that holds cities15000.zip, countryInfo.tsv and regionInfo.tsv.");
        var englishNames = CountryTable.Load().All.ToDictionary(c => c.Iso3, c => c.Name, StringComparer.Ordinal);
        var entries = GeoNamesImport.Read(geonamesFolder, englishNames);
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        using (var file = File.Create(outputPath))
        {
            Stream stream = outputPath.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            GazetteerFile.Write(writer, entries,
            [
                "Place gazetteer built by 'cronista build-gazetteer' from GeoNames (https://www.geonames.org), licensed CC BY 4.0.",
                "Kept: countries, first-level regions, cities of 15,000 people or more; alternate names in Latin script only. See ATTRIBUTION.md.",
            ]);
        }
        return new GazetteerBuildSummary(
            entries.Count(e => e.Place.Kind == PlaceKind.Country),
            entries.Count(e => e.Place.Kind == PlaceKind.Region),
            entries.Count(e => e.Place.Kind == PlaceKind.City),
            entries.Sum(e => 1 + e.AlternateNames.Count),
            new FileInfo(outputPath).Length);
    }
}

/// <summary>What a gazetteer build wrote.</summary>
/// <param name="Countries">Countries and territories.</param>
/// <param name="Regions">First-level administrative regions.</param>
/// <param name="Cities">Cities and towns.</param>
/// <param name="Names">Names in all, alternate names included.</param>
/// <param name="Bytes">The size of the written file.</param>
public sealed record GazetteerBuildSummary(int Countries, int Regions, int Cities, int Names, long Bytes);

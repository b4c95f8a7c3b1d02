using System.Globalization;

namespace Cronista.Knowledge;

/// <summary>Reads and writes the compact gazetteer file (Knowledge/Data/places.tsv.gz): one place a line, tab-separated.</summary>
/// <remarks>Columns: kind, geonameid, name, country ISO3, feature code, population, latitude, longitude,
/// admin1 code, capital (or seat) geonameid, alternate names separated by '|'. Lines starting with '#' are comments.</remarks>
internal static class GazetteerFile
{
    private const int ColumnCount = 11;

    public static void Write(TextWriter writer, IEnumerable<GazetteerEntry> entries, IEnumerable<string> headerComments)
    {
        foreach (var comment in headerComments)
            writer.Write("# " + comment + "\n");
        writer.Write("#kind\tgeonameid\tname\tcountry\tfeature\tpopulation\tlat\tlon\tadmin1\tcapital\talternate_names\n");
        foreach (var (place, alternates) in entries)
        {
            writer.Write(string.Join('\t',
                KindName(place.Kind),
                Invariant(place.GeonameId),
                place.Name,
                place.Country,
                place.FeatureCode,
                Invariant(place.Population),
                place.Latitude is { } lat ? lat.ToString("0.#####", CultureInfo.InvariantCulture) : "",
                place.Longitude is { } lon ? lon.ToString("0.#####", CultureInfo.InvariantCulture) : "",
                place.Admin1 ?? "",
                place.CapitalId is { } capital ? Invariant(capital) : "",
                string.Join('|', alternates)));
            writer.Write('\n');
        }
    }

    public static IEnumerable<GazetteerEntry> Read(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length != ColumnCount)
                throw new InvalidDataException($"Gazetteer line {lineNumber} has {fields.Length} columns instead of {ColumnCount}; rebuild it with 'cronista build-gazetteer'.");
            var place = new Place(
                long.Parse(fields[1], CultureInfo.InvariantCulture),
                fields[2],
                ParseKind(fields[0], lineNumber),
                fields[3],
                fields[4],
                fields[5].Length == 0 ? 0 : long.Parse(fields[5], CultureInfo.InvariantCulture),
                ParseCoordinate(fields[6]),
                ParseCoordinate(fields[7]),
                fields[8].Length == 0 ? null : fields[8],
                fields[9].Length == 0 ? null : long.Parse(fields[9], CultureInfo.InvariantCulture));
            var alternates = fields[10].Length == 0 ? [] : fields[10].Split('|');
            yield return new GazetteerEntry(place, alternates);
        }
    }

    public static string KindName(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Region => "region",
        _ => "city",
    };

    private static PlaceKind ParseKind(string text, int lineNumber) => text switch
    {
        "country" => PlaceKind.Country,
        "region" => PlaceKind.Region,
        "city" => PlaceKind.City,
        _ => throw new InvalidDataException($"Gazetteer line {lineNumber} has kind '{text}'; expected country, region or city."),
    };

    private static double? ParseCoordinate(string text) =>
        text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}

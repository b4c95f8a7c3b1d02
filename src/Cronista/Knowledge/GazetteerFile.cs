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

    public static List<GazetteerEntry> Read(TextReader reader)
    {
        // Country codes, feature codes and region codes repeat thousands of times: one string each.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<GazetteerEntry>(40_000);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0 && line[0] != '#')
                entries.Add(ParseLine(line, lineNumber, pool));
        }
        return entries;
    }

    private static GazetteerEntry ParseLine(string line, int lineNumber, Dictionary<string, string> pool)
    {
        Span<Range> columns = stackalloc Range[ColumnCount + 1];
        var text = line.AsSpan();
        var count = text.Split(columns, '\t');
        if (count != ColumnCount)
            throw new InvalidDataException($"Gazetteer line {lineNumber} has {count} columns instead of {ColumnCount}; rebuild it with 'cronista build-gazetteer'.");
        var place = new Place(
            long.Parse(text[columns[1]], CultureInfo.InvariantCulture),
            text[columns[2]].ToString(),
            ParseKind(text[columns[0]], lineNumber),
            Pooled(pool, text[columns[3]])!,
            Pooled(pool, text[columns[4]])!,
            text[columns[5]].IsEmpty ? 0 : long.Parse(text[columns[5]], CultureInfo.InvariantCulture),
            ParseCoordinate(text[columns[6]]),
            ParseCoordinate(text[columns[7]]),
            Pooled(pool, text[columns[8]]),
            text[columns[9]].IsEmpty ? null : long.Parse(text[columns[9]], CultureInfo.InvariantCulture));
        var alternates = text[columns[10]];
        return new GazetteerEntry(place, alternates.IsEmpty ? [] : alternates.ToString().Split('|'));
    }

    private static string? Pooled(Dictionary<string, string> pool, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return null;
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known))
            return known;
        var value = text.ToString();
        pool[value] = value;
        return value;
    }

    public static string KindName(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Region => "region",
        _ => "city",
    };

    private static PlaceKind ParseKind(ReadOnlySpan<char> text, int lineNumber) => text switch
    {
        "country" => PlaceKind.Country,
        "region" => PlaceKind.Region,
        "city" => PlaceKind.City,
        _ => throw new InvalidDataException($"Gazetteer line {lineNumber} has kind '{text}'; expected country, region or city."),
    };

    private static double? ParseCoordinate(ReadOnlySpan<char> text) =>
        text.IsEmpty ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}

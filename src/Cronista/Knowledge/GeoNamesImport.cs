using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Cronista.Knowledge;

/// <summary>Turns a GeoNames download (cities15000, countryInfo, admin1 regions, country translations) into gazetteer entries.</summary>
/// <remarks>The output depends only on the input files and on the English country names in Knowledge/Data/countries.tsv, so that rebuilding gives the same file.</remarks>
internal static class GeoNamesImport
{
    public const string CitiesZip = "cities15000.zip";
    public const string CitiesText = "cities15000.txt";
    public const string CountryInfo = "countryInfo.tsv";
    public const string RegionInfo = "regionInfo.tsv";
    public const string CountryTranslations = "country_translations.json";

    // Country names in these languages become alternate names of the country; names in other
    // languages collide with words and cities far more often than they help.
    private static readonly string[] TranslationLanguages = ["en", "it", "de", "fr", "es", "pt"];

    // What follows a region's proper name in GeoNames ("Kursk Oblast", "Aleppo Governorate"):
    // news usually names the region without it.
    private static readonly string[] RegionSuffixes =
        ["Oblast", "Oblast'", "Krai", "Kray", "Province", "Governorate", "Prefecture", "Voivodeship", "County", "Region", "Department", "Autonomous Okrug"];

    // A region name reduced to one of these words would be a common word, not a name.
    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Central", "North", "Northern", "South", "Southern", "East", "Eastern", "West", "Western", "Upper", "Lower",
        "Capital", "Greater", "Coast", "Coastal", "Island", "Islands", "Lake", "Lakes", "Middle", "Inner", "Outer", "New",
        "Far", "High", "Mountain", "Mountains", "River", "Valley", "Federal", "National", "Special", "Autonomous", "Sea",
        "North-West", "North-East", "South-West", "South-East", "Northwest", "Northeast", "Southwest", "Southeast",
    };

    /// <summary>Reads the GeoNames folder and returns countries, then regions, then cities, each ordered by GeoNames id.</summary>
    /// <exception cref="FileNotFoundException">A required GeoNames file is missing from the folder.</exception>
    public static IReadOnlyList<GazetteerEntry> Read(string folder, IReadOnlyDictionary<string, string>? englishCountryNames = null)
    {
        var countries = ReadCountryInfo(Require(folder, CountryInfo));
        var cities = ReadCities(folder, countries);
        var regions = ReadRegions(Require(folder, RegionInfo), countries, cities);
        var translationsPath = Path.Combine(folder, CountryTranslations);
        var translations = File.Exists(translationsPath) ? ReadTranslations(translationsPath) : new Dictionary<long, List<string>>();

        var capitals = FirstByProminence(cities.Values.Where(c => c.Place.IsCapital), c => c.Place.Country);
        var byName = FirstByProminence(cities.Values, c => (c.Place.Country, NameKey.Of(c.Place.Name)));
        var result = new List<GazetteerEntry>();
        foreach (var country in countries.Values.OrderBy(c => c.GeonameId))
        {
            var name = englishCountryNames is not null && englishCountryNames.TryGetValue(country.Iso3, out var english) ? english : country.Name;
            var capital = capitals.GetValueOrDefault(country.Iso3)
                ?? byName.GetValueOrDefault((country.Iso3, NameKey.Of(country.CapitalName)));
            var alternates = new[] { country.Name }.Concat(translations.GetValueOrDefault(country.GeonameId) ?? []);
            var place = new Place(country.GeonameId, name, PlaceKind.Country, country.Iso3, "PCLI", country.Population, null, null, null, capital?.Place.GeonameId);
            result.Add(new GazetteerEntry(place, Distinct(name, alternates)));
        }
        result.AddRange(regions.OrderBy(r => r.Place.GeonameId));
        result.AddRange(cities.Values.OrderBy(c => c.Place.GeonameId));
        return result;
    }

    private static Dictionary<TKey, GazetteerEntry> FirstByProminence<TKey>(IEnumerable<GazetteerEntry> cities, Func<GazetteerEntry, TKey> key)
        where TKey : notnull =>
        cities.GroupBy(key).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(c => c.Place.Population).ThenBy(c => c.Place.GeonameId).First());

    /// <summary>The alternate names worth keeping: usable Latin names, one per lookup key, none equal to the name itself.</summary>
    public static IReadOnlyList<string> Distinct(string name, IEnumerable<string> alternates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of(name) };
        var kept = new List<string>();
        foreach (var raw in alternates)
        {
            var alternate = raw.Trim();
            if (LatinName.IsUsable(alternate) && seen.Add(NameKey.Of(alternate)))
                kept.Add(alternate);
        }
        return kept;
    }

    private static string Require(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
            throw new FileNotFoundException($"GeoNames file '{file}' is missing from '{folder}'; point --geonames at the folder that holds {CitiesZip} (or {CitiesText}), {CountryInfo} and {RegionInfo}.", path);
        return path;
    }

    private sealed record CountryRow(string Iso2, string Iso3, string Name, string CapitalName, long Population, long GeonameId);

    private static Dictionary<string, CountryRow> ReadCountryInfo(string path)
    {
        var countries = new Dictionary<string, CountryRow>(StringComparer.Ordinal);
        foreach (var fields in DataRows(path))
        {
            if (fields.Length < 17 || fields[16].Length == 0)
                continue;
            countries[fields[0]] = new CountryRow(fields[0], fields[1], fields[4], fields[5], ParseLong(fields[7]), ParseLong(fields[16]));
        }
        return countries;
    }

    private static Dictionary<long, GazetteerEntry> ReadCities(string folder, IReadOnlyDictionary<string, CountryRow> countries)
    {
        var cities = new Dictionary<long, GazetteerEntry>();
        foreach (var fields in CityRows(folder))
        {
            if (fields.Length < 15 || !countries.TryGetValue(fields[8], out var country))
                continue;
            var place = new Place(
                ParseLong(fields[0]),
                fields[1],
                PlaceKind.City,
                country.Iso3,
                fields[7],
                ParseLong(fields[14]),
                Math.Round(double.Parse(fields[4], CultureInfo.InvariantCulture), 5),
                Math.Round(double.Parse(fields[5], CultureInfo.InvariantCulture), 5),
                fields[10].Length == 0 ? null : fields[10],
                null);
            var alternates = new[] { fields[2] }.Concat(fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries));
            cities[place.GeonameId] = new GazetteerEntry(place, Distinct(place.Name, alternates));
        }
        return cities;
    }

    private static IEnumerable<string[]> CityRows(string folder)
    {
        var textPath = Path.Combine(folder, CitiesText);
        if (File.Exists(textPath))
            return DataRows(textPath);
        var zipPath = Require(folder, CitiesZip);
        return ZipRows(zipPath);
    }

    private static IEnumerable<string[]> ZipRows(string zipPath)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        var entry = archive.GetEntry(CitiesText)
            ?? throw new InvalidDataException($"'{zipPath}' does not contain {CitiesText}; download cities15000.zip from GeoNames again.");
        using var reader = new StreamReader(entry.Open());
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#')
                yield return line.Split('\t');
    }

    private static List<GazetteerEntry> ReadRegions(string path, IReadOnlyDictionary<string, CountryRow> countries, IReadOnlyDictionary<long, GazetteerEntry> cities)
    {
        var seats = cities.Values
            .Where(c => c.Place.IsAdminSeat && c.Place.Admin1 is not null)
            .GroupBy(c => (c.Place.Country, c.Place.Admin1!))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Place.Population).ThenBy(c => c.Place.GeonameId).First().Place.GeonameId);
        var regions = new List<GazetteerEntry>();
        foreach (var fields in DataRows(path))
        {
            if (fields.Length < 4 || fields[3].Length == 0)
                continue;
            var dot = fields[0].IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || !countries.TryGetValue(fields[0][..dot], out var country))
                continue;
            var admin1 = fields[0][(dot + 1)..];
            var seat = seats.TryGetValue((country.Iso3, admin1), out var seatId) ? seatId : (long?)null;
            var place = new Place(ParseLong(fields[3]), fields[1], PlaceKind.Region, country.Iso3, "ADM1", 0, null, null, admin1, seat);
            var alternates = new List<string> { fields[2] };
            alternates.AddRange(ShortRegionNames(fields[1]));
            regions.Add(new GazetteerEntry(place, Distinct(place.Name, alternates)));
        }
        return regions;
    }

    /// <summary>The region's name without its administrative suffix ("Kursk Oblast" → "Kursk"), unless that leaves a common word.</summary>
    internal static IEnumerable<string> ShortRegionNames(string name)
    {
        foreach (var suffix in RegionSuffixes)
        {
            if (!name.EndsWith(" " + suffix, StringComparison.Ordinal))
                continue;
            var rest = name[..^(suffix.Length + 1)].Trim();
            if (rest.Length >= 3 && !rest.Split(' ').All(GenericWords.Contains))
                yield return rest;
        }
    }

    private static Dictionary<long, List<string>> ReadTranslations(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var result = new Dictionary<long, List<string>>();
        foreach (var country in json.RootElement.EnumerateObject())
        {
            if (!long.TryParse(country.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                continue;
            var names = new List<string>();
            foreach (var language in TranslationLanguages)
            {
                // Official-style names ("Korea, Democratic People's Republic of") are not how news names a country.
                if (country.Value.TryGetProperty(language, out var value) && value.GetString() is { } text && text.IndexOfAny([',', '(', ')']) < 0)
                    names.Add(text);
            }
            result[id] = names;
        }
        return result;
    }

    private static IEnumerable<string[]> DataRows(string path)
    {
        foreach (var line in File.ReadLines(path))
            if (line.Length > 0 && line[0] != '#')
                yield return line.Split('\t');
    }

    private static long ParseLong(string text) =>
        text.Length == 0 ? 0 : long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}

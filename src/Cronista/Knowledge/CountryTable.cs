using System.Globalization;
using Cronista.Core;

namespace Cronista.Knowledge;

/// <summary>Every country with its codes, capital and, per language, its names, demonyms and contextual aliases.</summary>
/// <remarks>Immutable and thread-safe. Lookups ignore case and diacritics. Per-language data is in
/// Knowledge/Languages/&lt;iso&gt;/countries.tsv: ISO3, names, demonyms, contextual aliases, each '|'-separated;
/// a form written with a leading '~' is known to mean something else too and is marked ambiguous.</remarks>
public sealed class CountryTable
{
    /// <summary>The cross-language country list.</summary>
    public const string CountriesFile = "Knowledge/Data/countries.tsv";

    private readonly Dictionary<string, Country> _byIso3;
    private readonly Dictionary<string, Country> _byIso2;
    private readonly Dictionary<string, Dictionary<string, List<CountryForm>>> _formsByLanguage;
    private readonly Dictionary<string, List<CountryForm>> _formLists;

    private CountryTable(IReadOnlyList<Country> countries, IReadOnlyDictionary<string, IEnumerable<string[]>> languageRows)
    {
        All = countries;
        _byIso3 = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        _byIso2 = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            if (!_byIso3.TryAdd(country.Iso3, country))
                throw new InvalidDataException($"{CountriesFile}: ISO3 code '{country.Iso3}' is listed twice; keep one row.");
            _byIso2.TryAdd(country.Iso2, country);
        }
        _formsByLanguage = new Dictionary<string, Dictionary<string, List<CountryForm>>>(StringComparer.Ordinal);
        _formLists = new Dictionary<string, List<CountryForm>>(StringComparer.Ordinal);
        foreach (var (language, rows) in languageRows)
        {
            var file = $"Knowledge/Languages/{language}/countries.tsv";
            var byKey = new Dictionary<string, List<CountryForm>>(StringComparer.Ordinal);
            var list = new List<CountryForm>();
            foreach (var row in rows)
            {
                if (!_byIso3.TryGetValue(row[0], out var country))
                    throw DataRows.Error(file, row, $"'{row[0]}' is not an ISO3 code of {CountriesFile}.");
                AddForms(byKey, list, country, DataRows.List(row, 1), CountryFormKind.Name);
                AddForms(byKey, list, country, DataRows.List(row, 2), CountryFormKind.Demonym);
                AddForms(byKey, list, country, DataRows.List(row, 3), CountryFormKind.Contextual);
            }
            _formsByLanguage[language] = byKey;
            _formLists[language] = list;
        }
    }

    /// <summary>Loads the country list and the per-language files compiled into Cronista.</summary>
    public static CountryTable Load()
    {
        var languages = SupportedLanguages.All.ToDictionary(
            language => language,
            language => (IEnumerable<string[]>)ResourceFiles.ReadLanguageRows("Knowledge", language, "countries.tsv").ToList(),
            StringComparer.Ordinal);
        return new CountryTable(ReadCountries(ResourceFiles.ReadRows(CountriesFile)), languages);
    }

    /// <summary>Builds a table from rows in the file formats (for tests and tools).</summary>
    internal static CountryTable FromRows(IEnumerable<string[]> countries, IReadOnlyDictionary<string, IEnumerable<string[]>> languageRows) =>
        new(ReadCountries(countries), languageRows);

    /// <summary>Every country, ordered by ISO3 code.</summary>
    public IReadOnlyList<Country> All { get; }

    /// <summary>The languages that have country names.</summary>
    public IReadOnlyCollection<string> Languages => _formLists.Keys;

    /// <summary>The country with this ISO 3166 alpha-3 code, or null.</summary>
    public Country? ByIso3(string iso3) => _byIso3.GetValueOrDefault(iso3);

    /// <summary>The country with this ISO 3166 alpha-2 code, or null.</summary>
    public Country? ByIso2(string iso2) => _byIso2.GetValueOrDefault(iso2);

    /// <summary>Every form of a language (names, demonyms, contextual aliases), in file order.</summary>
    public IReadOnlyList<CountryForm> Forms(string language) =>
        _formLists.TryGetValue(language, out var list) ? list : [];

    /// <summary>The forms of a language equal to this text (ignoring case and diacritics), of any kind.</summary>
    public IReadOnlyList<CountryForm> Find(string language, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _formsByLanguage.TryGetValue(language, out var byKey) && byKey.TryGetValue(NameKey.Of(text), out var forms) ? forms : [];
    }

    /// <summary>The countries this text names in the language ("Corea del Nord" → North Korea).</summary>
    public IReadOnlyList<Country> ByName(string language, string text) => Countries(language, text, CountryFormKind.Name);

    /// <summary>The countries this adjective or noun of nationality refers to in the language ("nordcoreane" → North Korea).</summary>
    public IReadOnlyList<Country> ByDemonym(string language, string text) => Countries(language, text, CountryFormKind.Demonym);

    /// <summary>The countries this short form may stand for when the country is named elsewhere in the document ("il Nord" → North Korea).</summary>
    public IReadOnlyList<Country> ByContextualAlias(string language, string text) => Countries(language, text, CountryFormKind.Contextual);

    private IReadOnlyList<Country> Countries(string language, string text, CountryFormKind kind) =>
        Find(language, text).Where(f => f.Kind == kind).Select(f => f.Country).Distinct().ToArray();

    private static void AddForms(Dictionary<string, List<CountryForm>> byKey, List<CountryForm> list, Country country, string[] forms, CountryFormKind kind)
    {
        foreach (var raw in forms)
        {
            var ambiguous = raw.StartsWith('~');
            var text = ambiguous ? raw[1..].Trim() : raw;
            var key = NameKey.Of(text);
            if (!byKey.TryGetValue(key, out var known))
                byKey[key] = known = [];
            if (known.Any(f => f.Country == country && f.Kind == kind))
                continue;
            var form = new CountryForm(text, country, kind, ambiguous);
            known.Add(form);
            list.Add(form);
        }
    }

    private static List<Country> ReadCountries(IEnumerable<string[]> rows)
    {
        var countries = new List<Country>();
        foreach (var row in rows)
        {
            if (row.Length < 4 || row[0].Length != 2 || row[1].Length != 3)
                throw DataRows.Error(CountriesFile, row, "expected ISO2, ISO3, name, GeoNames id and capital GeoNames id, tab-separated.");
            countries.Add(new Country(
                row[0],
                row[1],
                row[2],
                long.Parse(row[3], CultureInfo.InvariantCulture),
                DataRows.Optional(row, 4) is { } capital ? long.Parse(capital, CultureInfo.InvariantCulture) : null));
        }
        countries.Sort((a, b) => string.CompareOrdinal(a.Iso3, b.Iso3));
        return countries;
    }
}

using Cronista.Core;

namespace Cronista.Knowledge;

/// <summary>The place gazetteer built from GeoNames: countries, first-level regions and cities of 15,000 people or more, found by any of their names.</summary>
/// <remarks>Immutable once built and safe to share between threads. Lookups are case- and diacritic-insensitive (see <see cref="NameKey"/>).</remarks>
public sealed class Gazetteer
{
    /// <summary>The embedded gazetteer file, built by 'cronista build-gazetteer'.</summary>
    public const string PlacesFile = "Knowledge/Data/places.tsv.gz";

    /// <summary>Hand-written extra names of places (region names in Italian, German, French; short forms), keyed by GeoNames id.</summary>
    public const string AliasesFile = "Knowledge/Data/place-aliases.tsv";

    /// <summary>Places at least this populous may match a misspelled name; so may every capital, regional seat, region and country.</summary>
    public const long FuzzyMinimumPopulation = 100_000;

    private readonly Place[] _places;
    private readonly string[][] _alternateNames;
    private readonly Dictionary<long, int> _byId;
    private readonly Dictionary<string, int> _byKey;
    private readonly int[][] _shared;
    private readonly Dictionary<string, int> _capitalByCountry;
    private readonly Lazy<FuzzyIndex> _fuzzy;

    private Gazetteer(IEnumerable<GazetteerEntry> entries, IEnumerable<string[]> extraAliases)
    {
        var list = entries.ToList();
        _places = list.Select(e => e.Place).ToArray();
        _byId = new Dictionary<long, int>(_places.Length);
        for (var i = 0; i < _places.Length; i++)
            _byId.TryAdd(_places[i].GeonameId, i);

        var alternates = list.Select(e => e.AlternateNames.ToList()).ToArray();
        foreach (var row in extraAliases)
        {
            if (row.Length < 2 || !long.TryParse(row[0], out var id) || !_byId.TryGetValue(id, out var index))
                throw new InvalidDataException($"Place alias row '{string.Join('\t', row)}' does not name a GeoNames id of the gazetteer; fix it in {AliasesFile}.");
            alternates[index].AddRange(row[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        _alternateNames = alternates.Select(a => a.ToArray()).ToArray();

        // Most names belong to one place: the index stores that place directly, and only shared names get a list.
        _byKey = new Dictionary<string, int>(200_000, StringComparer.Ordinal);
        var shared = new List<List<int>>();
        for (var i = 0; i < _places.Length; i++)
        {
            foreach (var name in NamesOf(i))
            {
                var key = NameKey.Of(name);
                if (_byKey.TryAdd(key, i))
                    continue;
                var known = _byKey[key];
                if (known >= 0)
                {
                    if (known == i)
                        continue;
                    shared.Add([known, i]);
                    _byKey[key] = -shared.Count;
                }
                else if (!shared[-known - 1].Contains(i))
                {
                    shared[-known - 1].Add(i);
                }
            }
        }
        _shared = new int[shared.Count][];
        for (var s = 0; s < shared.Count; s++)
        {
            shared[s].Sort(CompareProminence);
            _shared[s] = shared[s].ToArray();
        }

        _capitalByCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var place in _places)
            if (place.Kind == PlaceKind.Country && place.CapitalId is { } capital && _byId.TryGetValue(capital, out var capitalIndex))
                _capitalByCountry[place.Country] = capitalIndex;

        // Built on the first misspelling looked up: exact lookups are far more frequent and should not wait for it.
        _fuzzy = new Lazy<FuzzyIndex>(() => new FuzzyIndex(FuzzyCandidates()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Loads the gazetteer compiled into Cronista; takes a fraction of a second, so load it once and share it.</summary>
    public static Gazetteer Load()
    {
        using var reader = new StreamReader(ResourceFiles.Open(PlacesFile));
        var aliases = ResourceFiles.Exists(AliasesFile) ? ResourceFiles.ReadRows(AliasesFile).ToList() : [];
        return new Gazetteer(GazetteerFile.Read(reader), aliases);
    }

    /// <summary>Reads a gazetteer in the places.tsv format (for tests and tools).</summary>
    internal static Gazetteer Read(TextReader places, IEnumerable<string[]>? extraAliases = null) =>
        new(GazetteerFile.Read(places), extraAliases ?? []);

    /// <summary>How many places the gazetteer holds.</summary>
    public int Count => _places.Length;

    /// <summary>How many distinct lookup keys (names) the gazetteer holds.</summary>
    public int NameCount => _byKey.Count;

    /// <summary>How many names a misspelling is compared with.</summary>
    public int FuzzyNameCount => _fuzzy.Value.Count;

    /// <summary>Every place, countries first, then regions, then cities.</summary>
    public IReadOnlyList<Place> Places => _places;

    /// <summary>The place with this GeoNames id, or null.</summary>
    public Place? Find(long geonameId) => _byId.TryGetValue(geonameId, out var index) ? _places[index] : null;

    /// <summary>The capital of a country by its ISO3 code, or null when GeoNames names none among its cities.</summary>
    public Place? CapitalOf(string iso3) => _capitalByCountry.TryGetValue(iso3, out var index) ? _places[index] : null;

    /// <summary>The names of a place: its GeoNames name, then its alternate names in Latin script.</summary>
    public IReadOnlyList<string> NamesOf(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return _byId.TryGetValue(place.GeonameId, out var index) ? NamesOf(index).ToArray() : [place.Name];
    }

    /// <summary>The places with exactly this name (ignoring case and diacritics), most prominent first: countries, capitals, regional seats and cities over a million, regions, then other places by population.</summary>
    public IReadOnlyList<Place> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byKey.TryGetValue(NameKey.Of(name), out var entry) ? Array.ConvertAll(Targets(entry), i => _places[i]) : [];
    }

    /// <summary>Prominent places whose name is a likely misspelling of this one: one edit for names of 6–8 letters, two for 9 or more
    /// (counted on the shorter of the two names); the first letter must agree, or be swapped with the second; nothing for shorter
    /// names or names that exist as written.</summary>
    public IReadOnlyList<PlaceMatch> LookupFuzzy(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = NameKey.Of(name);
        if (_byKey.ContainsKey(key))
            return [];
        var letters = NameKey.LetterCount(key);
        var best = new Dictionary<int, (string Key, int Distance)>();
        foreach (var (target, matched, distance) in _fuzzy.Value.Find(key, MaxDistance(letters)))
        {
            // The shorter of the two names sets the allowance: "Ministero" is two edits from a seven-letter name, which allows one.
            if (distance > MaxDistance(Math.Min(letters, NameKey.LetterCount(matched))))
                continue;
            if (!best.TryGetValue(target, out var known) || distance < known.Distance)
                best[target] = (matched, distance);
        }
        return best
            .OrderBy(pair => pair.Value.Distance)
            .ThenBy(pair => pair.Key, Comparer<int>.Create(CompareProminence))
            .Select(pair => new PlaceMatch(_places[pair.Key], pair.Value.Key, pair.Value.Distance))
            .ToArray();
    }

    /// <summary>The exact matches of a name when there are any, otherwise its fuzzy matches.</summary>
    public IReadOnlyList<PlaceMatch> Resolve(string name)
    {
        var exact = Lookup(name);
        if (exact.Count > 0)
        {
            var key = NameKey.Of(name);
            return exact.Select(p => new PlaceMatch(p, key, 0)).ToArray();
        }
        return LookupFuzzy(name);
    }

    /// <summary>The edit distance a misspelling of a name with this many letters may have: 0 below 6 letters, 1 for 6–8, 2 from 9.</summary>
    public static int MaxDistance(int letters) => letters switch
    {
        < 6 => 0,
        < 9 => 1,
        _ => 2,
    };

    /// <summary>True for places that a misspelled name may be matched to: countries, regions, capitals, regional seats, and cities of 100,000 people or more.</summary>
    public static bool IsProminent(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.Kind != PlaceKind.City || place.IsCapital || place.IsAdminSeat || place.Population >= FuzzyMinimumPopulation;
    }

    private IEnumerable<(string Key, int Target)> FuzzyCandidates()
    {
        foreach (var (key, entry) in _byKey)
        {
            if (key.Length < 6 || NameKey.LetterCount(key) < 6)
                continue;
            if (entry >= 0)
            {
                if (IsProminent(_places[entry]))
                    yield return (key, entry);
                continue;
            }
            foreach (var target in _shared[-entry - 1])
                if (IsProminent(_places[target]))
                    yield return (key, target);
        }
    }

    private int[] Targets(int entry) => entry >= 0 ? [entry] : _shared[-entry - 1];

    private IEnumerable<string> NamesOf(int index)
    {
        yield return _places[index].Name;
        foreach (var alternate in _alternateNames[index])
            yield return alternate;
    }

    private int CompareProminence(int x, int y)
    {
        var a = _places[x];
        var b = _places[y];
        var tier = Tier(a).CompareTo(Tier(b));
        if (tier != 0)
            return tier;
        var population = b.Population.CompareTo(a.Population);
        return population != 0 ? population : a.GeonameId.CompareTo(b.GeonameId);
    }

    // Countries first; then capitals; then sizeable regional seats and big cities, which news names more often than
    // the region of the same name (Salzburg, New York) or a small seat elsewhere (San Francisco, not San Francisco Gotera);
    // then regions; then the rest, by population.
    private static int Tier(Place place) => place.Kind switch
    {
        PlaceKind.Country => 0,
        PlaceKind.Region => 3,
        _ when place.IsCapital => 1,
        _ when place.IsAdminSeat && place.Population >= 100_000 || place.Population >= 500_000 => 2,
        _ => 4,
    };
}

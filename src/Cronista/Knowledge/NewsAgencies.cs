using System.Collections.Frozen;
using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Knowledge;

/// <summary>A wire service that articles credit in their datelines and cite as a source.</summary>
/// <param name="Canonical">The name Cronista writes in source chains and metadata ("Keystone-ATS", "dpa").</param>
/// <param name="Aliases">Every name and credit it appears under, the canonical one included.</param>
/// <param name="FullName">The agency's full name ("Korean Central News Agency").</param>
/// <param name="Country">The country it is based in, ISO 3166 alpha-3.</param>
/// <param name="StateOwned">True when a state owns or runs it: its reports speak for a government.</param>
public sealed record NewsAgency(string Canonical, ImmutableArray<string> Aliases, string FullName, string Country, bool StateOwned);

/// <summary>The news agencies Cronista knows, read once from <c>Knowledge/Data/news-agencies.tsv</c>.</summary>
/// <remarks>Immutable and safe to share between threads: load it once and pass it to whoever needs it.</remarks>
public sealed class NewsAgencies
{
    private const string DataFile = "Knowledge/Data/news-agencies.tsv";

    // Short all-caps acronyms ("AP", "AFP", "ANSA") are ordinary words or other things in another case
    // ("ap", "Ansa"), so they match only as written; longer names match in any case.
    private const int CaseSensitiveAcronymMaxLength = 5;

    private static readonly Lazy<NewsAgencies> Shared = new(Load);

    private readonly FrozenDictionary<string, NewsAgency> _exact;
    private readonly FrozenDictionary<string, NewsAgency> _anyCase;

    internal NewsAgencies(IEnumerable<NewsAgency> agencies)
    {
        All = [.. agencies];
        var exact = new Dictionary<string, NewsAgency>(StringComparer.Ordinal);
        var anyCase = new Dictionary<string, NewsAgency>(StringComparer.OrdinalIgnoreCase);
        foreach (var agency in All)
        {
            foreach (var alias in agency.Aliases.Prepend(agency.Canonical))
            {
                exact.TryAdd(alias, agency);
                if (!IsCaseSensitive(alias))
                    anyCase.TryAdd(alias, agency);
            }
        }
        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _anyCase = anyCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The agencies as read from the data file, loaded on first use and shared; it never changes.</summary>
    public static NewsAgencies Default => Shared.Value;

    /// <summary>Every agency, in the order of the data file.</summary>
    public ImmutableArray<NewsAgency> All { get; }

    /// <summary>Reads the agencies from the data file compiled into Cronista.</summary>
    public static NewsAgencies Load() => new(ResourceFiles.ReadRows(DataFile).Select(Parse));

    /// <summary>True when an alias only matches as written: a short all-caps acronym such as "AP" or "ANSA".</summary>
    public static bool IsCaseSensitive(string alias) =>
        alias.Length <= CaseSensitiveAcronymMaxLength && alias.Any(char.IsLetter) && !alias.Any(char.IsLower);

    /// <summary>The agency a name or credit stands for ("Keystone-SDA", "Associated Press", "dpa"), or null.</summary>
    public NewsAgency? Find(string name)
    {
        var key = name.Trim();
        if (key.Length == 0)
            return null;
        return _exact.TryGetValue(key, out var agency) || _anyCase.TryGetValue(key, out agency) ? agency : null;
    }

    /// <summary>True when the name or credit stands for a known agency.</summary>
    public bool TryFind(string name, out NewsAgency agency)
    {
        agency = Find(name)!;
        return agency is not null;
    }

    private static NewsAgency Parse(string[] row)
    {
        if (row.Length < 5)
            throw new InvalidDataException($"{DataFile}: the row for '{row[0]}' needs 5 tab-separated fields (canonical, aliases, full name, country, state-owned).");
        var aliases = row[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var stateOwned = row[4] switch
        {
            "yes" => true,
            "no" => false,
            _ => throw new InvalidDataException($"{DataFile}: the state-owned field of '{row[0]}' must be 'yes' or 'no', not '{row[4]}'."),
        };
        return new NewsAgency(row[0], [.. aliases], row[2], row[3], stateOwned);
    }
}

using Cronista.Core;

namespace Cronista.Events.Actors;

/// <summary>Turns Phoenix actor codes (USAGOVLEG, IGOUNO, GBRVGB) into Cronista's form: the ISO 3166 alpha-3 country, a
/// space and the first sector ("USA GOV"), or a transnational type alone ("IGO").</summary>
/// <remarks>Three-letter parts that are not ISO codes of countries.tsv are read as Events/Data/phoenix-codes.tsv says.
/// When a country is followed by another country code, the second is a territory of the first and becomes the country
/// (GBRVGB → VGB, USRARM → ARM): it has its own ISO code, which is what places are coded with.</remarks>
internal sealed class PhoenixCodeMap
{
    /// <summary>The table of non-ISO parts, under src/Cronista.</summary>
    public const string TableFile = "Events/Data/phoenix-codes.tsv";

    /// <summary>The code meaning "no actor".</summary>
    public const string NoActor = "---";

    private readonly HashSet<string> _countries;
    private readonly Dictionary<string, (string Kind, string Target, string Note)> _table;

    public PhoenixCodeMap(IEnumerable<string> iso3Codes, IEnumerable<string[]> tableRows)
    {
        _countries = new HashSet<string>(iso3Codes, StringComparer.Ordinal);
        _table = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var row in tableRows)
        {
            if (row.Length < 2)
                throw new InvalidDataException($"{TableFile}: row '{string.Join('\t', row)}' needs a code and a kind.");
            var target = row.Length > 2 ? row[2] : "";
            if (row[1] == "country" && !_countries.Contains(target))
                throw new InvalidDataException($"{TableFile}: '{row[0]}' maps to '{target}', which is not an ISO3 code of countries.tsv.");
            _table[row[0]] = (row[1], target, row.Length > 3 ? row[3] : "");
        }
    }

    /// <summary>The map for the countries and table compiled into Cronista.</summary>
    public static PhoenixCodeMap Load() =>
        new(Knowledge.CountryTable.Load().All.Select(c => c.Iso3), ResourceFiles.ReadRows(TableFile));

    /// <summary>The table's decisions, one line a kind, for the header of the file the conversion writes.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var group in _table.GroupBy(p => p.Value.Kind))
        {
            var items = group.Select(p => p.Value.Kind == "country" ? $"{p.Key}→{p.Value.Target} = {p.Value.Note}" : $"{p.Key} = {p.Value.Note}");
            yield return $"{Title(group.Key)}: {string.Join("; ", items)}.";
        }
    }

    private static string Title(string kind) => kind switch
    {
        "country" => "Mapped to ISO codes",
        "former" => "Former states, dropped unless a current country code follows",
        "place" => "Places below a country, left out of the code",
        "region" => "CAMEO regions, kept where the country goes",
        "actor" => "Transnational types, kept alone",
        "sector" => "Sectors without a country, kept alone",
        "no-country" => "Unknown-country placeholders, the sector after them kept alone",
        "null" => "No-actor code, kept",
        _ => "Dropped",
    };

    /// <summary>The code in Cronista's form, or null (with the reason) when it has to be dropped.</summary>
    public string? Convert(string phoenix, out string? dropReason)
    {
        dropReason = null;
        if (phoenix == NoActor)
            return NoActor;
        // The letters of a code come in threes; anything after them (NGOHINDEN211DEV) is not read.
        var parts = Enumerable.Range(0, phoenix.Length / 3).Select(i => phoenix.Substring(i * 3, 3))
            .TakeWhile(p => p.All(char.IsAsciiLetterUpper)).ToArray();
        if (parts.Length == 0)
        {
            dropReason = "malformed codes";
            return null;
        }
        var first = parts[0];
        var kind = KindOf(first);
        switch (kind)
        {
            case "actor" or "sector":
                return first;
            case "no-country":
                if (parts.Length > 1)
                    return parts[1];
                dropReason = $"codes of an unknown country ({first})";
                return null;
            case "null":
                return NoActor;
            case "iso" or "country" or "former" or "region":
                break;
            default:
                dropReason = $"codes starting with {first} ({(_table.TryGetValue(first, out var entry) ? entry.Note : "not an ISO code nor in the table")})";
                return null;
        }
        var country = kind switch { "iso" => first, "country" => _table[first].Target, _ => first };
        var next = 1;
        // A territory with its own ISO code (GBRVGB, USAPRI), or a republic of a former state (USRARM, YUGBIH).
        if (kind != "region" && parts.Length > 1 && KindOf(parts[1]) is "iso" or "country")
        {
            country = KindOf(parts[1]) == "iso" ? parts[1] : _table[parts[1]].Target;
            next = 2;
        }
        else if (kind == "former")
        {
            dropReason = $"codes of former states ({first})";
            return null;
        }
        while (next < parts.Length && KindOf(parts[next]) == "place")
            next++;
        return next < parts.Length ? $"{country} {parts[next]}" : country;
    }

    private string KindOf(string part) =>
        _countries.Contains(part) && !_table.ContainsKey(part) ? "iso" : _table.TryGetValue(part, out var entry) ? entry.Kind : "unknown";
}

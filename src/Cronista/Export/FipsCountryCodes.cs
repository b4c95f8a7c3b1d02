using System.Collections.Frozen;
using Cronista.Core;

namespace Cronista.Export;

/// <summary>The FIPS 10-4 code of a country by its ISO 3166 alpha-3 code (RUS → RS), for GDELT's geographic fields.</summary>
/// <remarks>GDELT writes countries in its geographic fields as FIPS 10-4 codes, which differ from ISO codes for many countries (Germany GM, Russia RS).</remarks>
internal sealed class FipsCountryCodes
{
    /// <summary>The embedded table, derived from GeoNames countryInfo.</summary>
    public const string DataFile = "Export/Data/country-fips.tsv";

    private readonly FrozenDictionary<string, string> _fips;

    internal FipsCountryCodes(IEnumerable<string[]> rows)
    {
        var fips = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 2 || row[0].Length != 3 || row[1].Length != 2 || !fips.TryAdd(row[0], row[1]))
                throw new InvalidDataException($"{DataFile}: row '{string.Join('\t', row)}' is not one ISO alpha-3 code and its two-letter FIPS code.");
        }
        _fips = fips.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Reads the table compiled into Cronista.</summary>
    public static FipsCountryCodes Load() => new(ResourceFiles.ReadRows(DataFile));

    /// <summary>The FIPS code of a country, or null when the code is not an ISO alpha-3 country with one.</summary>
    public string? Of(string? iso3) => iso3 is not null && _fips.TryGetValue(iso3, out var code) ? code : null;
}

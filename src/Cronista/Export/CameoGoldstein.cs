using System.Collections.Frozen;
using System.Globalization;
using Cronista.Core;

namespace Cronista.Export;

/// <summary>The Goldstein conflict-cooperation weight (-10 to +10) of each CAMEO event code, as GDELT's GoldsteinScale gives it.</summary>
/// <remarks>Immutable and safe to share between threads. The weights are data (Events/Data/cameo-goldstein.tsv), with their source named there.</remarks>
internal sealed class CameoGoldstein
{
    /// <summary>The embedded table of weights.</summary>
    public const string DataFile = "Events/Data/cameo-goldstein.tsv";

    private readonly FrozenDictionary<string, double> _weights;

    internal CameoGoldstein(IEnumerable<string[]> rows)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 2 || !double.TryParse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is < -10 or > 10)
                throw new InvalidDataException($"{DataFile}: row '{string.Join('\t', row)}' is not a CAMEO code and a weight between -10 and 10.");
            if (!weights.TryAdd(row[0], weight))
                throw new InvalidDataException($"{DataFile}: the code {row[0]} is listed twice; keep one row.");
        }
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Reads the table compiled into Cronista.</summary>
    public static CameoGoldstein Load() => new(ResourceFiles.ReadRows(DataFile));

    /// <summary>How many codes the table lists.</summary>
    public int Count => _weights.Count;

    /// <summary>The weight of a code, or of its nearest parent the table lists (1213 → 121); null for no code or an unknown root.</summary>
    public double? WeightOf(string? cameo) => CameoLookup.TryNearest(_weights, cameo, out var weight) ? weight : null;
}

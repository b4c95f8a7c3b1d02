using System.Collections.Frozen;
using Cronista.Core;

namespace Cronista.Export;

/// <summary>The PLOVER context of CAMEO event codes (0312 → military), from the PLOVER project's CAMEO conversion table.</summary>
/// <remarks>Reads the context column of Events/Data/cameo-plover.tsv, the table the event coder takes PLOVER types from.</remarks>
internal sealed class CameoContexts
{
    /// <summary>The embedded CAMEO to PLOVER table.</summary>
    public const string DataFile = "Events/Data/cameo-plover.tsv";

    private const int ContextColumn = 3;

    private readonly FrozenDictionary<string, string> _contexts;

    internal CameoContexts(IEnumerable<string[]> rows) =>
        _contexts = rows
            .Where(row => row.Length > ContextColumn && row[ContextColumn].Length > 0)
            .GroupBy(row => row[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First()[ContextColumn], StringComparer.Ordinal);

    /// <summary>Reads the table compiled into Cronista.</summary>
    public static CameoContexts Load() => new(ResourceFiles.ReadRows(DataFile));

    /// <summary>The context of a code, or of its nearest parent that has one; null when none has.</summary>
    public string? ContextOf(string? cameo) => CameoLookup.TryNearest(_contexts, cameo, out var context) ? context : null;
}

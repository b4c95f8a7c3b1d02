using System.Collections.Frozen;
using Cronista.Core;

namespace Cronista.Events;

/// <summary>CAMEO codes with their PLOVER types (the PLOVER project's conversion table) and the codes of intentions.</summary>
internal sealed class CameoTable
{
    private readonly FrozenDictionary<string, string> _plover;
    private readonly FrozenDictionary<string, string> _context;
    private readonly FrozenDictionary<string, string> _mode;
    private readonly FrozenDictionary<string, string> _plover2016;
    private readonly FrozenDictionary<string, (string? Promised, string? Planned)> _intent;

    public CameoTable()
    {
        var plover = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadRows("Events/Data/cameo-plover.tsv"))
            plover.TryAdd(row[0], row[1]);
        _plover = plover.ToFrozenDictionary(StringComparer.Ordinal);
        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        var mode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadRows("Events/Data/cameo-plover.tsv"))
        {
            if (row.Length > 3 && row[3].Length > 0)
                context.TryAdd(row[0], row[3]);
            if (row.Length > 2 && row[2].Length > 0)
                mode.TryAdd(row[0], row[2]);
        }
        _mode = mode.ToFrozenDictionary(StringComparer.Ordinal);
        _context = context.ToFrozenDictionary(StringComparer.Ordinal);
        _plover2016 = ResourceFiles.ReadRows("Events/Data/cameo-plover-2016.tsv").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        _intent = ResourceFiles.ReadRows("Events/Data/intent-codes.tsv").ToFrozenDictionary(
            r => r[0], r => (r[1] == "-" ? null : r[1], r[2] == "-" ? null : r[2]), StringComparer.Ordinal);
    }

    /// <summary>The PLOVER type of a CAMEO code, from the code itself or its nearest parent in the table.</summary>
    public string? PloverOf(string cameo)
    {
        for (var length = cameo.Length; length >= 2; length--)
        {
            if (_plover.TryGetValue(cameo[..length], out var type))
                return type;
        }
        return null;
    }

    /// <summary>The PLOVER type of a CAMEO code in PLOVER's early drafts (0.5–0.6), whose types differ from today's
    /// (DEMAND, DISAPPROVE, INVESTIGATE and FIGHT where 0.8 has REQUEST, ACCUSE and ASSAULT).</summary>
    public string? EarlyPloverOf(string cameo)
    {
        for (var length = cameo.Length; length >= 2; length--)
        {
            if (_plover2016.TryGetValue(cameo[..length], out var type))
                return type;
        }
        return null;
    }

    /// <summary>PLOVER's mode of a CAMEO code (obstruct, strike-hun, investigate …): the kind of act within its type, from the
    /// code or its nearest parent that has one. Not the factuality Cronista calls mode (asserted, planned …).</summary>
    public string? PloverModeOf(string cameo)
    {
        for (var length = cameo.Length; length >= 2; length--)
        {
            if (_mode.TryGetValue(cameo[..length], out var mode))
                return mode;
        }
        return null;
    }

    /// <summary>PLOVER's context of a CAMEO code (military, economic …), from the code or its nearest parent that has one.</summary>
    public string? ContextOf(string cameo)
    {
        for (var length = cameo.Length; length >= 2; length--)
        {
            if (_context.TryGetValue(cameo[..length], out var context))
                return context;
        }
        return null;
    }

    /// <summary>The code of promising or planning an event of this code (04 → 036 intent to meet), or the code itself.</summary>
    public string IntentOf(string cameo, EventMode mode)
    {
        if (cameo.Length < 2 || !_intent.TryGetValue(cameo[..2], out var intent))
            return cameo;
        return mode switch
        {
            EventMode.Promised => intent.Promised ?? cameo,
            EventMode.Planned => intent.Planned ?? cameo,
            _ => cameo,
        };
    }

    /// <summary>The more specific of two codes: longer, and not a generic "…0".</summary>
    public static string MoreSpecific(string a, string b)
    {
        static int Score(string code) => code.Length * 2 - (code.EndsWith('0') ? 1 : 0);
        return Score(b) > Score(a) ? b : a;
    }
}

using System.Collections.Frozen;
using System.Globalization;
using Cronista.Core;

namespace Cronista.Time.Lexicon;

/// <summary>Where a part of the day, or the start, middle or end of a day, week, month or year lies, for one language
/// (<c>Time/Data/period-stretches.tsv</c>): the first and last hour, weekday, day or month it covers.</summary>
internal sealed class PeriodStretches
{
    private const string File = "Time/Data/period-stretches.tsv";

    private readonly FrozenDictionary<(string Period, string Mod), (int First, int Last)> _stretches;

    private PeriodStretches(FrozenDictionary<(string Period, string Mod), (int First, int Last)> stretches) => _stretches = stretches;

    public static PeriodStretches Load(string language)
    {
        var general = new Dictionary<(string, string), (int, int)>();
        var own = new Dictionary<(string, string), (int, int)>();
        foreach (var row in ResourceFiles.ReadRows(File))
        {
            if (row.Length < 5 || !int.TryParse(row[2], NumberStyles.None, CultureInfo.InvariantCulture, out var first) ||
                !int.TryParse(row[3], NumberStyles.None, CultureInfo.InvariantCulture, out var last) || last < first)
                throw new FormatException($"{File}: row '{string.Join(" | ", row)}' needs a period, a modifier, a first and a last number, and languages.");
            var key = (row[0], row[1] == "-" ? "" : row[1]);
            if (row[4] == "*")
                general[key] = (first, last);
            else if (row[4].Split(',', StringSplitOptions.TrimEntries).Contains(language))
                own[key] = (first, last);
        }
        foreach (var (key, stretch) in own)
            general[key] = stretch;
        return new PeriodStretches(general.ToFrozenDictionary());
    }

    /// <summary>The first and last hour, weekday, day or month of a period's part (mod empty for a whole part of the day).</summary>
    public bool TryGet(string period, string? mod, out int first, out int last)
    {
        var found = _stretches.TryGetValue((period, mod ?? ""), out var stretch);
        (first, last) = stretch;
        return found;
    }
}

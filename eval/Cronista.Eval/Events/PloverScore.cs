using System.Text.Json.Nodes;

namespace Cronista.Eval.Events;

/// <summary>How one gold record was coded.</summary>
internal sealed record PloverOutcome(
    string Id, string GoldType, string? Type, bool TypeRight, bool SourceRight, bool TargetRight, bool? SourceSectorRight, bool? TargetSectorRight,
    string GoldSource, string Source, string GoldTarget, string Target)
{
    public bool AllRight => TypeRight && SourceRight && TargetRight;
}

/// <summary>Accuracies over the gold records: event type, source, target, all three, and sectors where the gold gives them.</summary>
internal sealed class PloverScore
{
    private readonly List<PloverOutcome> _outcomes = [];

    public IReadOnlyList<PloverOutcome> Outcomes => _outcomes;

    public void Add(PloverOutcome outcome) => _outcomes.Add(outcome);

    public int Records => _outcomes.Count;

    /// <summary>The figures the quality gate reads: event_accuracy, source_accuracy, target_accuracy, all_accuracy,
    /// coded_share (records given any event), source_sector_accuracy and target_sector_accuracy.</summary>
    public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["event_accuracy"] = Share(o => o.TypeRight),
        ["source_accuracy"] = Share(o => o.SourceRight),
        ["target_accuracy"] = Share(o => o.TargetRight),
        ["all_accuracy"] = Share(o => o.AllRight),
        ["coded_share"] = Share(o => o.Type is not null),
        ["source_sector_accuracy"] = SectorShare(o => o.SourceSectorRight),
        ["target_sector_accuracy"] = SectorShare(o => o.TargetSectorRight),
    };

    /// <summary>Per gold type: records, and how many got the type right.</summary>
    public IEnumerable<(string Type, int Records, int Right)> ByType() =>
        _outcomes.GroupBy(o => o.GoldType).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count(), g.Count(o => o.TypeRight)));

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["records"] = Records };
        foreach (var (name, value) in Metrics)
            json[name] = Math.Round(value, 4);
        return json;
    }

    private double Share(Func<PloverOutcome, bool> right) => Records == 0 ? 0 : (double)_outcomes.Count(right) / Records;

    private double SectorShare(Func<PloverOutcome, bool?> right)
    {
        var judged = _outcomes.Select(right).Where(r => r is not null).ToList();
        return judged.Count == 0 ? 0 : (double)judged.Count(r => r == true) / judged.Count;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace Cronista.Eval.Attributions;

/// <summary>Span scores of an attribution evaluation: per subset (all attributions, speech only), role and matching.</summary>
internal sealed class AttributionReport(string gold, int documents)
{
    public static readonly string[] Subsets = ["all", "speech"];

    public static readonly string[] Matchings = ["exact", "head"];

    public string Gold { get; } = gold;

    public int Documents { get; } = documents;

    public Dictionary<(string Subset, AttributionRole Role, string Matching), SpanCounts> Counts { get; } = [];

    public SpanCounts For(string subset, AttributionRole role, string matching)
    {
        if (!Counts.TryGetValue((subset, role, matching), out var counts))
            Counts[(subset, role, matching)] = counts = new SpanCounts();
        return counts;
    }

    /// <summary>Every F1 by gate name: source_exact_f1, cue_head_f1, speech_content_head_f1 ….</summary>
    public IReadOnlyDictionary<string, double> Metrics =>
        Counts.ToDictionary(c => Name(c.Key.Subset, c.Key.Role, c.Key.Matching), c => c.Value.F1);

    public static string Name(string subset, AttributionRole role, string matching) =>
        $"{(subset == "all" ? "" : subset + "_")}{role.ToString().ToLowerInvariant()}_{matching}_f1";

    public JsonObject ToJson()
    {
        var scores = new JsonObject();
        foreach (var ((subset, role, matching), counts) in Counts.OrderBy(c => c.Key))
        {
            scores[Name(subset, role, matching)] = new JsonObject
            {
                ["precision"] = Math.Round(counts.Precision, 4),
                ["recall"] = Math.Round(counts.Recall, 4),
                ["f1"] = Math.Round(counts.F1, 4),
                ["gold"] = counts.Gold,
                ["predicted"] = counts.Predicted,
                ["matched"] = counts.Matched,
            };
        }
        return new JsonObject { ["gold"] = Gold, ["documents"] = Documents, ["scores"] = scores };
    }

    public static string Figure(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}

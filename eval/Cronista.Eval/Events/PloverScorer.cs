using System.Text.Json.Nodes;

namespace Cronista.Eval.Events;

/// <summary>Scores predicted PLOVER records against gold ones, record by record: the event type, the source actors and the
/// target actors, each right when the set of primary codes (country, IGO, NGO …) is the gold set; a gold record with no
/// target is right only when none is predicted.</summary>
internal static class PloverScorer
{
    public static PloverScore Score(IReadOnlyList<(JsonObject Gold, JsonObject Predicted)> pairs)
    {
        var score = new PloverScore();
        foreach (var (gold, predicted) in pairs)
        {
            if (PloverRecords.Text(gold) is null || PloverRecords.Str(gold, "event") is not { Length: > 0 } goldType)
                continue;
            var type = PloverRecords.Str(predicted, "event");
            var typeRight = type == goldType;
            var goldSource = PloverRecords.Actors(gold, "source");
            var goldTarget = PloverRecords.Actors(gold, "target");
            var source = PloverRecords.Actors(predicted, "source");
            var target = PloverRecords.Actors(predicted, "target");
            var sourceRight = SameCodes(goldSource, source);
            var targetRight = SameCodes(goldTarget, target);
            score.Add(new PloverOutcome(PloverRecords.Str(gold, "id") ?? "", goldType, type, typeRight, sourceRight, targetRight,
                SameSectors(goldSource, source), SameSectors(goldTarget, target), Codes(goldSource), Codes(source), Codes(goldTarget), Codes(target)));
        }
        return score;
    }

    private static bool SameCodes(List<PloverActor> gold, List<PloverActor> predicted) =>
        Primary(gold).SetEquals(Primary(predicted));

    private static HashSet<string> Primary(List<PloverActor> actors) =>
        [.. actors.Select(a => LegacyCodes.GetValueOrDefault(a.Code, a.Code)).Where(c => c.Length > 0)];

    /// <summary>Whether the sectors agree where the gold gives them; null when the gold gives none.</summary>
    private static bool? SameSectors(List<PloverActor> gold, List<PloverActor> predicted)
    {
        var sectors = gold.Where(a => a.Sector is { Length: 3 } s && s.All(char.IsAsciiLetterUpper)).ToList();
        if (sectors.Count == 0)
            return null;
        return sectors.All(g => predicted.Any(p => p.Code == LegacyCodes.GetValueOrDefault(g.Code, g.Code) && p.Sector == g.Sector));
    }

    private static string Codes(List<PloverActor> actors) =>
        string.Join("+", actors.Select(a => a.Sector.Length > 0 ? $"{a.Code}/{a.Sector}" : a.Code));

    // The gold file was moved to ISO 3166 alpha-3, but a few records keep CAMEO's older country codes.
    private static readonly Dictionary<string, string> LegacyCodes = new(StringComparer.Ordinal)
    {
        ["JAP"] = "JPN",
        ["ITL"] = "ITA",
        ["VTN"] = "VNM",
    };
}

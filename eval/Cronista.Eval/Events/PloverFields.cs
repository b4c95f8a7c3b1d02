using System.Text.Json.Nodes;
using Cronista.Events;

namespace Cronista.Eval.Events;

/// <summary>Cronista's event fields written the way PLOVER records write them.</summary>
internal static class PloverFields
{
    /// <summary>PLOVER's actor list: one object per member, the code split into the primary code and the sector ("RUS GOV").</summary>
    public static JsonArray Actors(EventParticipant participant) =>
        [.. participant.Members.Select(m => (JsonNode)Actor(m.Text, m.Code))];

    public static JsonObject Actor(string text, string? code)
    {
        var actor = new JsonObject { ["actorText"] = text };
        var (primary, sector) = Split(code);
        if (primary is not null)
            actor["code"] = primary;
        if (sector is not null)
            actor["sector"] = sector;
        return actor;
    }

    /// <summary>"RUS GOV" → (RUS, GOV); one code alone ("IGO", "USA") is the primary code.</summary>
    public static (string? Primary, string? Sector) Split(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return (null, null);
        var parts = code.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0], parts[1]) : (parts[0], null);
    }
}

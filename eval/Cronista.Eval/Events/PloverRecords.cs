using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cronista.Eval.Events;

/// <summary>PLOVER event records as the PLOVER project writes them: a JSON array of objects, each with a <c>text</c>, an
/// <c>event</c> type and <c>source</c> and <c>target</c> actor lists (<c>[{ "actorText", "code", "sector" }]</c>).</summary>
internal static class PloverRecords
{
    /// <summary>Reads a PLOVER JSON file; records without text (the file's own documentation records) are kept but not coded.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON array of objects.</exception>
    public static List<JsonObject> Read(string path)
    {
        JsonNode? root;
        try
        {
            using var stream = File.OpenRead(path);
            root = JsonNode.Parse(stream);
        }
        catch (JsonException problem)
        {
            throw new InvalidDataException($"'{path}' is not valid JSON: {problem.Message}");
        }
        if (root is not JsonArray array || array.Any(r => r is not JsonObject))
            throw new InvalidDataException($"'{path}' is not a JSON array of PLOVER records.");
        return [.. array.Cast<JsonObject>()];
    }

    /// <summary>The record's text, or null for a record with nothing to code.</summary>
    public static string? Text(JsonObject record) =>
        record["text"] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>The actors of a "source" or "target" field: the codes and sectors, empty when the field is missing or "".</summary>
    public static List<PloverActor> Actors(JsonObject record, string field) =>
        record[field] is JsonArray actors
            ? [.. actors.OfType<JsonObject>().Select(a => new PloverActor(Str(a, "actorText") ?? "", Str(a, "code") ?? "", Str(a, "sector") ?? ""))]
            : [];

    public static string? Str(JsonObject record, string field) =>
        record[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static void Write(IEnumerable<JsonObject> records, string path) =>
        File.WriteAllText(path, new JsonArray([.. records.Select(r => (JsonNode)r)]).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
}

/// <summary>One actor of a PLOVER record: its words, its primary code (country or IGO, NGO …) and sector.</summary>
internal sealed record PloverActor(string Text, string Code, string Sector);

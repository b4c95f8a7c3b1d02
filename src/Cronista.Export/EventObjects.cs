using System.Text.Json;
using System.Text.Json.Nodes;
using Cronista.Output;

namespace Cronista.Export;

/// <summary>One exported event as a JSON object: the document's fields, the event's fields as the output contract names them,
/// the source chain of its claim and its sentence.</summary>
/// <remarks>
/// The event's fields are taken from its record as serialized, so a field added to <see cref="EventRecord"/> is exported
/// without a change here. Actor, target and location stay nested objects, as in the output contract; the tabular
/// formats flatten them (<see cref="EventColumns"/>).
/// </remarks>
internal static class EventObjects
{
    /// <summary>The document fields, first in every row.</summary>
    public static readonly IReadOnlyList<string> DocumentFields =
        ["document_id", "source", "url", "publisher", "agency", "published", "language", "title", "analysed_at"];

    /// <summary>The event's own id, after the document fields.</summary>
    public const string EventId = "event_id";

    /// <summary>The claim's source chain: outermost first, each link with its name, role and entity.</summary>
    public const string SourceChain = "source_chain";

    /// <summary>The sentence the event was read from.</summary>
    public const string Sentence = "sentence";

    /// <summary>The name an event field is exported under: its contract name, or "event_" and that name where it would
    /// clash with a document field ("id" is <see cref="EventId"/>).</summary>
    public static string FieldName(string contractName) =>
        contractName == "id" ? EventId
        : DocumentFields.Contains(contractName) || contractName is EventId or SourceChain or Sentence ? "event_" + contractName
        : contractName;

    /// <summary>The event as one JSON object.</summary>
    public static JsonObject For(ExportedEvent exported)
    {
        var d = exported.Document;
        var row = new JsonObject
        {
            ["document_id"] = d.Id,
            ["source"] = d.Source,
            ["url"] = d.Url,
            ["publisher"] = d.Publisher,
            ["agency"] = d.Agency,
            ["published"] = d.Published,
            ["language"] = d.Language,
            ["title"] = d.Title,
            ["analysed_at"] = exported.AnalysedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in exported.EventJson)
            row[FieldName(name)] = value?.DeepClone();
        var chain = new JsonArray();
        foreach (var link in exported.Claim?.Sources ?? [])
            chain.Add(JsonSerializer.SerializeToNode(link, OutputJsonContext.Default.SourceRecord));
        row[SourceChain] = chain;
        row[Sentence] = exported.Sentence;
        return row;
    }
}

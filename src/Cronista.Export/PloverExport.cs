using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cronista.Knowledge;
using Cronista.Output;

namespace Cronista.Export;

/// <summary>Writes events as a JSON array of PLOVER records, shaped like the PLOVER gold standard records
/// (id, date, event, mode, context, source, target, eventText, text, eventLoc, language, publication), with the CAMEO code added.</summary>
/// <remarks>Actor codes are split as PLOVER writes them: "RUS GOV" becomes code RUS and sector GOV; a code without a
/// country ("IGO") is the code alone; each member of a compound actor is one PLOVER actor. "mode" is PLOVER's mode (the kind of
/// act: obstruct, strike-hun …) and "factuality" Cronista's mode (asserted, planned, promised …).</remarks>
internal sealed class PloverExport(CountryTable countries, CameoContexts contexts)
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public void Write(IEnumerable<ExportedEvent> events, TextWriter output)
    {
        var first = true;
        output.Write('[');
        foreach (var exported in events)
        {
            output.Write(first ? "\n" : ",\n");
            first = false;
            output.Write(Record(exported).ToJsonString(Options));
        }
        output.Write(first ? "]\n" : "\n]\n");
    }

    /// <summary>The PLOVER record of one event.</summary>
    public JsonObject Record(ExportedEvent exported)
    {
        var e = exported.Event;
        var d = exported.Document;
        var record = new JsonObject
        {
            ["id"] = $"{d.Id}-{e.Id}",
            ["date"] = exported.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["source"] = Actors(e.Actor),
        };
        if (e.Target is { } target)
            record["target"] = Actors(target);
        record["event"] = e.Type;
        record["cameo"] = e.Cameo;
        // PLOVER's mode is the kind of act (obstruct, strike-hun); whether it happened is Cronista's own field.
        if (e.PloverMode is { } ploverMode)
            record["mode"] = ploverMode;
        record["factuality"] = e.Mode;
        record["eventText"] = string.Join(' ', e.Triggers.Distinct(StringComparer.Ordinal));
        if (Context(exported) is { } context)
            record["context"] = context;
        record["text"] = exported.Sentence;
        if (e.Location is { } location)
            record["eventLoc"] = Location(location);
        record["language"] = d.Language;
        if ((d.Publisher ?? d.Agency) is { } publication)
            record["publication"] = publication;
        if (d.Url is { } url)
            record["url"] = url;
        record["coder"] = "Cronista";
        record["rule"] = e.By;
        record["dateCoded"] = exported.AnalysedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        record["confidence"] = e.Confidence;
        return record;
    }

    /// <summary>The event's own context when the record has one, else the context PLOVER gives its CAMEO code.</summary>
    private string? Context(ExportedEvent exported) =>
        exported.EventJson["context"] is JsonValue own && own.GetValueKind() == JsonValueKind.String && own.GetValue<string>() is { Length: > 0 } text
            ? text
            : contexts.ContextOf(exported.Event.Cameo);

    /// <summary>One PLOVER actor per member ("Hungarian and Romanian officials": HUN GOV, ROU GOV), or the participant itself.</summary>
    private JsonArray Actors(ParticipantRecord participant) =>
        participant.Members.Count == 0
            ? new JsonArray(Actor(participant.Name, participant.Code))
            : new JsonArray([.. participant.Members.Select(m => (JsonNode)Actor(m.Text, m.Code))]);

    private JsonObject Actor(string name, string? participantCode)
    {
        var actor = new JsonObject { ["actorText"] = name };
        if (ActorCode.Parse(participantCode, IsCountry) is { } code)
        {
            var sectors = code.Country is null ? code.Sectors.Skip(1) : code.Sectors;
            actor["code"] = code.Country ?? code.Sectors[0];
            if (string.Join(' ', sectors) is { Length: > 0 } sector)
                actor["sector"] = sector;
        }
        return actor;
    }

    private JsonObject Location(ParticipantRecord location)
    {
        var place = new JsonObject { ["name"] = location.Name };
        // PLOVER's gold records give the place's country as an ISO 3166 alpha-2 code ("country code": "CH").
        if (ActorCode.Parse(location.Code, IsCountry)?.Country is { } iso3 && countries.ByIso3(iso3) is { } country)
            place["country code"] = country.Iso2;
        return place;
    }

    private bool IsCountry(string code) => countries.ByIso3(code) is not null;
}

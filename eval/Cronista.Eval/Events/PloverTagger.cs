using System.Globalization;
using System.Text.Json.Nodes;
using Cronista.Core;
using Cronista.Events;

namespace Cronista.Eval.Events;

/// <summary>Codes the text of PLOVER records and writes the prediction into PLOVER's own fields (event, source, target),
/// so that outside scorers read it as they read the gold file.</summary>
internal sealed class PloverTagger(Func<Document, CancellationToken, Document> analyze)
{
    private readonly CameoTable _cameo = new();

    public static PloverTagger For(Analyzer analyzer) => new(analyzer.Analyze);

    /// <summary>The type in the PLOVER version the record declares: records of the early drafts (below 0.8) get that draft's type
    /// for the CAMEO code; others, and records without a version, today's.</summary>
    private string TypeFor(JsonObject record, CodedEvent coded)
    {
        // "0.5b1": the major and minor numbers decide.
        var version = System.Text.RegularExpressions.Regex.Match(PloverRecords.Str(record, "version") ?? "", @"^(\d+)\.(\d+)");
        var early = version.Success && int.Parse(version.Groups[1].Value, CultureInfo.InvariantCulture) == 0 &&
                    int.Parse(version.Groups[2].Value, CultureInfo.InvariantCulture) < 8;
        return early && coded.Cameo is { } code ? _cameo.EarlyPloverOf(code) ?? coded.Type : coded.Type;
    }

    /// <summary>The event a record's text reports: the most confident one, the first on a tie; null when nothing is coded.</summary>
    public CodedEvent? MainEvent(JsonObject record, CancellationToken cancellationToken)
    {
        var text = PloverRecords.Text(record);
        if (text is null)
            return null;
        var published = DateOnly.TryParse(PloverRecords.Str(record, "date"), CultureInfo.InvariantCulture, out var date) ? date : (DateOnly?)null;
        var language = PloverRecords.Str(record, "language") is { Length: 2 } code ? code : "en";
        var document = analyze(Document.Create(text, new DocumentMetadata($"plover:{PloverRecords.Str(record, "id")}", Published: published, Language: language)), cancellationToken);
        return document.Get(Layers.Events)
            .OrderBy(e => e.Triggers.IsDefaultOrEmpty ? e.Span.Start : e.Triggers[0].Start)
            .FirstOrDefault();
    }

    /// <summary>A copy of the record with the predicted event, source and target; a record with no coded event keeps its
    /// text and loses the gold fields, so a scorer sees no prediction.</summary>
    public JsonObject Tag(JsonObject record, CancellationToken cancellationToken)
    {
        var tagged = (JsonObject)record.DeepClone();
        if (PloverRecords.Text(record) is null)
            return tagged;
        foreach (var field in (string[])["event", "source", "target", "mode", "context", "eventText", "eventLoc", "cameo"])
            tagged.Remove(field);
        if (MainEvent(record, cancellationToken) is not { } coded)
            return tagged;
        tagged["event"] = TypeFor(record, coded);
        tagged["cameo"] = coded.Cameo;
        if (!coded.Triggers.IsDefaultOrEmpty)
            tagged["eventText"] = PloverRecords.Text(record)![coded.Triggers[0].Start..coded.Triggers[0].End];
        // PLOVER's mode is the kind of act (obstruct, strike-hun); whether it happened goes to a field of its own.
        if (coded.PloverMode is { Length: > 0 } ploverMode)
            tagged["mode"] = ploverMode;
        tagged["factuality"] = coded.Mode.ToString().ToLowerInvariant();
        if (coded.Context is { Length: > 0 } context)
            tagged["context"] = context;
        if (coded.Reciprocal && coded.Target is { } partner)
        {
            tagged["source"] = new JsonArray([.. PloverFields.Actors(coded.Actor).Concat(PloverFields.Actors(partner)).Select(a => a!.DeepClone())]);
            tagged["target"] = "";
        }
        else
        {
            tagged["source"] = PloverFields.Actors(coded.Actor);
            tagged["target"] = coded.Target is { } target ? PloverFields.Actors(target) : "";
        }
        if (coded.Location is { } place)
            tagged["eventLoc"] = place.Name;
        return tagged;
    }
}

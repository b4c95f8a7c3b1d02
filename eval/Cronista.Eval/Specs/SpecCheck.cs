using System.Text.Json;
using Cronista.Core;
using Cronista.Output;

namespace Cronista.Eval.Specs;

/// <summary>Compares what the pipeline made of a spec's input with what the spec expects.</summary>
public static class SpecCheck
{
    /// <summary>Analyses the case's input and lists every difference ("missing: …", "unexpected: …"); empty when the case holds.</summary>
    public static IReadOnlyList<string> Run(Analyzer analyzer, SpecCase spec) =>
        Problems(spec, analyzer.Analyze(Document.Create(spec.Input, new DocumentMetadata(spec.File, Published: spec.Published, Language: spec.Language, ForwardLooking: spec.ForwardLooking, PublishedTime: spec.PublishedTime))));

    /// <summary>The differences between a document's output and the case's expectation.</summary>
    /// <remarks>Every expected item must match some produced item; with exact matching, every produced item must also match
    /// some expected one.</remarks>
    public static IReadOnlyList<string> Problems(SpecCase spec, Document document)
    {
        using var produced = JsonDocument.Parse(DocumentRecords.ToJsonLine(DocumentRecords.From(document)));
        using var expected = JsonDocument.Parse(spec.Expected);
        if (!produced.RootElement.TryGetProperty(spec.Layer, out var layer))
            return [$"the output has no field '{spec.Layer}'"];
        var problems = new List<string>();
        var producedItems = layer.ValueKind == JsonValueKind.Array ? layer.EnumerateArray().ToList() : [layer];
        var expectedItems = expected.RootElement.ValueKind == JsonValueKind.Array ? expected.RootElement.EnumerateArray().ToList() : [expected.RootElement];
        foreach (var item in expectedItems)
        {
            if (!producedItems.Any(p => JsonExpectation.Matches(item, p)))
                problems.Add("missing: " + item.GetRawText());
        }
        if (spec.Exact)
        {
            foreach (var item in producedItems)
            {
                if (!expectedItems.Any(e => JsonExpectation.Matches(e, item)))
                    problems.Add("unexpected: " + Brief(item));
            }
        }
        return problems;
    }

    /// <summary>A produced item without the fields no one reads in a failure (offsets, provenance), so that lists stay short.</summary>
    private static string Brief(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
            return item.GetRawText();
        var kept = item.EnumerateObject().Where(p => p.Name is not ("start" or "end" or "by" or "confidence") && p.Value.ValueKind != JsonValueKind.Null);
        return "{" + string.Join(", ", kept.Select(p => JsonSerializer.Serialize(p.Name) + ": " + p.Value.GetRawText())) + "}";
    }
}

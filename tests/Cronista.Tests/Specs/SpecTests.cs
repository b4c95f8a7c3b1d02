using System.Text.Json;
using Cronista.Output;
using Cronista.Tests.Support;

namespace Cronista.Tests.Specs;

/// <summary>Runs every example in every spec file under Specs/ through the full pipeline.</summary>
public sealed class SpecTests
{
    public static TheoryData<SpecCase> Cases()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Specs");
        var data = new TheoryData<SpecCase>();
        foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) == "README.md")
                continue;
            foreach (var spec in SpecFile.Read(file, Path.GetRelativePath(root, file)))
                data.Add(spec);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Example_yields_what_the_spec_says(SpecCase spec)
    {
        var document = SharedAnalyzer.Analyze(spec.Input, spec.Language, spec.Published, spec.File);
        using var produced = JsonDocument.Parse(DocumentRecords.ToJsonLine(DocumentRecords.From(document)));
        using var expected = JsonDocument.Parse(spec.Expected);
        Assert.True(produced.RootElement.TryGetProperty(spec.Layer, out var layer), $"The output has no field '{spec.Layer}'.");
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
                    problems.Add("unexpected: " + item.GetRawText());
            }
        }
        Assert.True(problems.Count == 0, $"{spec}\n{string.Join("\n", problems)}");
    }
}

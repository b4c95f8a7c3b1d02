using Cronista.Eval.Specs;
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
        var problems = SpecCheck.Run(SharedAnalyzer.Analyzer, spec);
        Assert.True(problems.Count == 0, $"{spec}\n{string.Join("\n", problems)}");
    }
}

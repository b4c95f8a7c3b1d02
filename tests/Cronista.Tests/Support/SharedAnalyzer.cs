using Cronista.Core;

namespace Cronista.Tests.Support;

/// <summary>One analyzer for the whole test run: building it loads every stage's data.</summary>
public static class SharedAnalyzer
{
    private static readonly Lazy<Analyzer> Instance = new(Analyzer.CreateDefault);

    public static Analyzer Analyzer => Instance.Value;

    /// <summary>Analyses a text as an article with the given declared language and publication date.</summary>
    public static Document Analyze(string text, string? language = null, DateOnly? published = null, string source = "test") =>
        Analyzer.Analyze(Document.Create(text, new DocumentMetadata(source, Published: published, Language: language)));
}

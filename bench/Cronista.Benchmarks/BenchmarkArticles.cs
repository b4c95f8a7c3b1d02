using Cronista.Core;

namespace Cronista.Benchmarks;

/// <summary>The articles the micro-benchmarks run on: written for them, one per language, about 400 words each.</summary>
/// <remarks>Set CRONISTA_BENCH_ARTICLE to a text file to measure another article instead (its language is taken as declared by the benchmark).</remarks>
internal static class BenchmarkArticles
{
    /// <summary>The languages there is a built-in article for.</summary>
    public static readonly string[] Languages = ["it", "en"];

    /// <summary>The article text for a language.</summary>
    public static string Text(string language)
    {
        if (Environment.GetEnvironmentVariable("CRONISTA_BENCH_ARTICLE") is { Length: > 0 } path)
            return File.ReadAllText(path);
        using var stream = typeof(BenchmarkArticles).Assembly.GetManifestResourceStream($"Articles/{language}.txt")
            ?? throw new InvalidOperationException($"No built-in benchmark article for '{language}'; add bench/Cronista.Benchmarks/Articles/{language}.txt.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A fresh document of the article, with its language declared.</summary>
    public static Document Document(string language) =>
        Cronista.Core.Document.Create(Text(language), new DocumentMetadata($"bench:{language}", Published: new DateOnly(2025, 11, 14), Language: language));
}

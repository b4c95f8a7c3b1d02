using System.Globalization;
using System.Text.RegularExpressions;
using Cronista.Core;

namespace Cronista.Benchmarks.Throughput;

/// <summary>One article file from the samples folder, with what its first line and path say about it.</summary>
/// <param name="Path">The file.</param>
/// <param name="Text">The article text, without the page-chrome line.</param>
/// <param name="Published">The date from the page-chrome line, when there is one.</param>
/// <param name="Language">The language its path names, else the fallback, else none (then the pipeline detects it).</param>
internal sealed record SampleArticle(string Path, string Text, DateOnly? Published, string? Language)
{
    /// <summary>The document the pipeline analyses.</summary>
    public Document ToDocument() =>
        Document.Create(Text, new DocumentMetadata(Path, Published: Published, Language: Language));
}

/// <summary>Reads the plain-text articles under samples/.</summary>
/// <remarks>
/// Sample files start with a line of page chrome carrying the publication date ("date 2025-08-13 The Swiss voice
/// in the world since 1935"). Until the extraction stage reads it, this local helper strips it and keeps the date.
/// </remarks>
internal static partial class SampleArticles
{
    /// <summary>Every .txt file under the folder, read, in path order.</summary>
    public static IReadOnlyList<SampleArticle> Load(string folder, string? fallbackLanguage) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(path, File.ReadAllText(path), LanguageOf(System.IO.Path.GetRelativePath(folder, path)) ?? fallbackLanguage))
            .ToList();

    /// <summary>An article from a file's text: the first line is dropped and its date kept when it is the page-chrome date line.</summary>
    public static SampleArticle Parse(string path, string raw, string? language)
    {
        var newline = raw.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? raw : raw[..newline];
        var match = DateLine().Match(first);
        if (!match.Success)
            return new SampleArticle(path, raw, null, language);
        DateOnly? published = DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        return new SampleArticle(path, newline < 0 ? "" : raw[(newline + 1)..], published, language);
    }

    /// <summary>The language a sample's relative path names: a folder ("it/x.txt") or a last name part ("x.it.txt", "x_de.txt"); null when none.</summary>
    public static string? LanguageOf(string relativePath)
    {
        var parts = relativePath.Split(['/', '\\']);
        var stem = System.IO.Path.GetFileNameWithoutExtension(parts[^1]);
        var last = stem.Split(['.', '_', '-']).Length > 1 ? stem.Split(['.', '_', '-'])[^1].ToLowerInvariant() : null;
        if (SupportedLanguages.IsSupported(last))
            return last;
        return parts[..^1].Reverse().Select(p => p.ToLowerInvariant()).FirstOrDefault(SupportedLanguages.IsSupported);
    }

    [GeneratedRegex(@"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex DateLine();
}

using System.Collections.Immutable;
using System.Text.Json;

namespace Cronista.Eval.Extraction;

/// <summary>Reads trafilatura's evaldata.json, checks it as eval_common.validate does and finds every page's HTML file.</summary>
/// <remarks>
/// Layout: <c>{ "key": { "file": "site.page.html", "with": ["…"], "without": ["…"], …metadata… } }</c>. A key written
/// twice keeps its first place and its last value, as Python's json module does. Metadata fields (title, author,
/// date …) are not scored by the reference and are not read.
/// </remarks>
internal static class EvaldataReader
{
    /// <summary>The file name looked for in a folder.</summary>
    public const string FileName = "evaldata.json";

    /// <summary>At most this many snippets per side, so one page cannot dominate the scores (eval_common.MAX_CHUNKS).</summary>
    public const int MaxChunks = 6;

    /// <summary>Reads the benchmark from a folder holding evaldata.json (with cache/ and eval/ beside it), or from the
    /// evaldata.json file itself.</summary>
    /// <exception cref="EvaldataException">The file is missing, malformed, fails a check, or names an HTML file that is not
    /// in cache/ or eval/.</exception>
    public static ExtractionCorpus Read(string path)
    {
        var source = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        if (!File.Exists(source))
            throw new EvaldataException(Directory.Exists(path)
                ? $"'{path}' has no {FileName}; it should be trafilatura's tests/ folder"
                : $"'{path}' not found");
        var root = Path.GetDirectoryName(Path.GetFullPath(source))!;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(source));
        }
        catch (JsonException error)
        {
            throw new EvaldataException($"{source}: not valid JSON: {error.Message}");
        }
        using (json)
        {
            var entries = Entries(json.RootElement, source);
            // Every entry is checked before any file is looked for, as evaluate.py validates before it reads the corpus.
            var annotations = entries.Select(entry => Validate(entry.Key, entry.Value, source)).ToList();
            return new ExtractionCorpus(source, [.. annotations.Select(annotation => Locate(annotation, root, source))]);
        }
    }

    /// <summary>The top-level entries in file order, a repeated key keeping its first place and its last value.</summary>
    private static List<(string Key, JsonElement Value)> Entries(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.EnumerateObject().Any())
            throw new EvaldataException($"{source}: unrecognized corpus format: expected a non-empty object of annotations");
        var entries = new List<(string Key, JsonElement Value)>();
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (places.TryGetValue(property.Name, out var place))
            {
                entries[place] = (property.Name, property.Value);
                continue;
            }
            places[property.Name] = entries.Count;
            entries.Add((property.Name, property.Value));
        }
        return entries;
    }

    /// <summary>One entry checked in the reference's order: its file, then each side, then the two sides against each other.</summary>
    private static Annotation Validate(string key, JsonElement value, string source)
    {
        EvaldataException Problem(string problem) => new($"{source}: {key}: {problem}");
        if (value.ValueKind != JsonValueKind.Object)
            throw Problem("expected an object with \"file\", \"with\" and \"without\"");
        var file = value.TryGetProperty("file", out var f) ? f : default;
        if (file.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null || file.ValueKind == JsonValueKind.String && file.GetString()!.Length == 0)
            throw Problem("missing or empty 'file'");
        if (file.ValueKind != JsonValueKind.String)
            throw Problem($"'file' must be a file name, found {file.ValueKind.ToString().ToLowerInvariant()}");
        var with = Chunks(value, "with", Problem);
        var without = Chunks(value, "without", Problem);
        // A 'without' snippet inside a 'with' snippet could never be scored as a true negative.
        var withs = with.Select(ChunkText.Norm).ToList();
        foreach (var chunk in without.Select(ChunkText.Norm))
        {
            if (withs.Any(w => w.Contains(chunk, StringComparison.Ordinal)))
                throw Problem($"'{Shorten(chunk)}' in 'without' also occurs inside 'with'");
        }
        return new Annotation(key, file.GetString()!, with, without);
    }

    /// <summary>One side's snippets: a list of 1 to <see cref="MaxChunks"/> distinct (after <see cref="ChunkText.Norm"/>),
    /// non-blank strings.</summary>
    private static ImmutableArray<string> Chunks(JsonElement value, string side, Func<string, EvaldataException> problem)
    {
        if (!value.TryGetProperty(side, out var chunks) || chunks.ValueKind != JsonValueKind.Array
            || chunks.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String || ChunkText.IsBlank(c.GetString()!)))
            throw problem($"'{side}' must be a list of non-empty strings");
        var length = chunks.GetArrayLength();
        if (length is 0 or > MaxChunks)
            throw problem($"'{side}' must hold 1 to {MaxChunks} chunks, found {length}");
        ImmutableArray<string> texts = [.. chunks.EnumerateArray().Select(c => c.GetString()!)];
        if (texts.Select(ChunkText.Norm).Distinct(StringComparer.Ordinal).Count() != texts.Length)
            throw problem($"duplicate entry in '{side}'");
        return texts;
    }

    /// <summary>An entry that passed the checks, before its file is looked for.</summary>
    private sealed record Annotation(string Key, string File, ImmutableArray<string> With, ImmutableArray<string> Without);

    private static ExtractionItem Locate(Annotation annotation, string root, string source) =>
        CorpusFiles.Resolve(root, annotation.File) is { } path
            ? new ExtractionItem(annotation.Key, annotation.File, path, annotation.With, annotation.Without)
            : throw new EvaldataException(
                $"{source}: {annotation.Key}: HTML file not found: {annotation.File} (nor {annotation.File}.gz) in cache/ or eval/ under '{root}'");

    /// <summary>The first 50 characters, as the reference quotes a snippet.</summary>
    private static string Shorten(string chunk) => chunk.Length <= 50 ? chunk : chunk[..50];
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cronista.Eval.Gate;

/// <summary>One floor of the quality gate: an evaluation, the figure it is judged by and the lowest value allowed.</summary>
/// <param name="Section">The kind of evaluation ("ner"); it picks the evaluator.</param>
/// <param name="Name">The evaluation's name within its section ("kind-wn-dev").</param>
/// <param name="Metric">The figure compared with the floor ("entity_f1").</param>
/// <param name="Floor">The lowest value that passes.</param>
/// <param name="Settings">The entry as written: what the evaluator needs (gold file, format, language …).</param>
internal sealed record BaselineEntry(string Section, string Name, string Metric, double Floor, JsonObject Settings)
{
    /// <summary>"section/name", as the gate prints it.</summary>
    public string FullName => $"{Section}/{Name}";
}

/// <summary>Raised when eval/baseline.json is not what the gate expects.</summary>
internal sealed class BaselineException(string message) : Exception(message);

/// <summary>The floors of eval/baseline.json: sections by evaluator, entries by evaluation name.</summary>
/// <remarks>
/// Layout: <c>{ "section": { "name": { "metric": "…", "floor": 0.0, …evaluator settings… } } }</c>. Keys that
/// start with '_' are comments. A new scorer adds a section and an evaluator; the gate itself does not change.
/// </remarks>
internal sealed class Baseline
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly JsonObject _root;

    private Baseline(JsonObject root, ImmutableArray<BaselineEntry> entries)
    {
        _root = root;
        Entries = entries;
    }

    /// <summary>Every floor, in file order.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="BaselineException">The file is missing or malformed.</exception>
    public static Baseline Load(string path)
    {
        if (!File.Exists(path))
            throw new BaselineException($"Baseline file '{path}' not found; run from the repository root or pass --baseline FILE.");
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads baseline JSON.</summary>
    /// <exception cref="BaselineException">The JSON is malformed or an entry lacks its metric or floor.</exception>
    public static Baseline Parse(string json, string source)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException error)
        {
            throw new BaselineException($"{source} is not valid JSON: {error.Message}");
        }
        if (parsed is not JsonObject root)
            throw new BaselineException($"{source} must hold one JSON object of sections, like {{ \"ner\": {{ … }} }}.");
        var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
        foreach (var (section, value) in root)
        {
            if (section.StartsWith('_'))
                continue;
            if (value is not JsonObject evaluations)
                throw new BaselineException($"{source}: section '{section}' must be an object of named evaluations.");
            foreach (var (name, node) in evaluations)
            {
                if (name.StartsWith('_'))
                    continue;
                if (node is not JsonObject entry)
                    throw new BaselineException($"{source}: '{section}/{name}' must be an object with at least \"metric\" and \"floor\".");
                var metric = entry["metric"] is JsonValue m && m.TryGetValue<string>(out var text) && text.Length > 0
                    ? text
                    : throw new BaselineException($"{source}: '{section}/{name}' needs a \"metric\" (for example \"entity_f1\").");
                var floor = entry["floor"] is JsonValue f && f.TryGetValue<double>(out var number)
                    ? number
                    : throw new BaselineException($"{source}: '{section}/{name}' needs a numeric \"floor\" (0.0 to start).");
                entries.Add(new BaselineEntry(section, name, metric, floor, entry));
            }
        }
        return new Baseline(root, entries.ToImmutable());
    }

    /// <summary>The baseline with the given floors replaced, as indented JSON; everything else is kept as written.</summary>
    public string WithFloors(IReadOnlyDictionary<string, double> floorsByFullName)
    {
        var copy = _root.DeepClone().AsObject();
        foreach (var entry in Entries)
        {
            if (floorsByFullName.TryGetValue(entry.FullName, out var floor))
                copy[entry.Section]![entry.Name]!["floor"] = floor;
        }
        return copy.ToJsonString(Indented) + Environment.NewLine;
    }

    /// <summary>The file or folder an entry's setting names, under the shared folder; <paramref name="what"/> names it in
    /// messages ("gold file").</summary>
    /// <exception cref="BaselineException">The setting is missing, or nothing is at that path.</exception>
    public static string SharedPath(BaselineEntry entry, string key, string sharedRoot, string what)
    {
        var relative = Text(entry, key)
            ?? throw new BaselineException($"'{entry.FullName}' needs \"{key}\": the {what}'s path under the shared folder.");
        var path = Path.Combine(sharedRoot, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new BaselineException($"{what} '{path}' not found; check \"{key}\" in '{entry.FullName}' (it is relative to the shared folder).");
        return path;
    }

    /// <summary>A setting of an entry as text, or null when absent.</summary>
    public static string? Text(BaselineEntry entry, string key) =>
        entry.Settings[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A setting of an entry as a whole number, or null when absent.</summary>
    /// <exception cref="BaselineException">The setting is there but not a whole number.</exception>
    public static int? Integer(BaselineEntry entry, string key) => entry.Settings[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var i) => i,
        _ => throw new BaselineException($"'{entry.FullName}': \"{key}\" must be a whole number."),
    };
}

using System.IO.Compression;
using System.Text.Json;

namespace Cronista.Learning.Lemmas;

/// <summary>Reads form → lemma lexicons in spaCy's lookup layout (JSON, optionally gzipped).</summary>
/// <remarks>
/// A lookup is one JSON object: form → lemma, or form → list of lemmas (the first is taken). Tables grouped by part of
/// speech (an object of such objects) are read as one table; where the groups disagree the first group read wins.
/// </remarks>
public static class LemmaLexicon
{
    /// <summary>The pairs of the file, the first lemma per form.</summary>
    /// <exception cref="InvalidDataException">The file is not such a JSON object.</exception>
    public static Dictionary<string, string> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a JSON lookup table ({e.Message}).", e);
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{path}: a lookup table must be a JSON object of form → lemma.");
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            Add(json.RootElement, pairs);
            return pairs;
        }
    }

    private static void Add(JsonElement table, Dictionary<string, string> pairs)
    {
        foreach (var property in table.EnumerateObject())
        {
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    pairs.TryAdd(property.Name, value.GetString()!);
                    break;
                case JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String:
                    pairs.TryAdd(property.Name, value[0].GetString()!);
                    break;
                case JsonValueKind.Object:
                    Add(value, pairs);
                    break;
            }
        }
    }
}

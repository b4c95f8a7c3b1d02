namespace Cronista.Eval.Specs;

/// <summary>One example from a spec file: an input article, its settings and the expected annotations.</summary>
public sealed record SpecCase(string File, string Name, string Layer, bool Exact, string? Language, DateOnly? Published, string Input, string Expected)
{
    /// <summary>The publication's time of day, when "published" gives one (2013-02-12T04:30).</summary>
    public TimeOnly? PublishedTime { get; init; }

    /// <summary>The article looks ahead (setting "forward-looking: yes"): open dates point after the publication date.</summary>
    public bool ForwardLooking { get; init; }

    public override string ToString() => $"{File} § {Name}";
}

/// <summary>Reads spec files: Markdown a linguist can read, with fenced input and expected JSON.</summary>
/// <remarks>
/// The format is described in tests/Cronista.Tests/Specs/README.md. Settings are "key: value" lines outside
/// fences; those before the first "## " heading are the file's defaults, those under a heading override them.
/// </remarks>
public static class SpecFile
{
    public static IEnumerable<SpecCase> Read(string path, string displayName)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, string>? settings = null;
        string? name = null, input = null, expected = null;
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null)
                    yield return Build(displayName, name, settings!, input, expected);
                name = line[3..].Trim();
                settings = new Dictionary<string, string>(defaults, StringComparer.Ordinal);
                input = expected = null;
            }
            else if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var kind = line[3..].Trim();
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                    body.Add(lines[i]);
                var block = string.Join("\n", body);
                if (kind == "json")
                    expected = block;
                else
                    input = block;
            }
            else if (TrySetting(line, out var key, out var value))
            {
                (settings ?? defaults)[key] = value;
            }
        }
        if (name is not null)
            yield return Build(displayName, name, settings!, input, expected);
    }

    private static bool TrySetting(string line, out string key, out string value)
    {
        key = value = "";
        var colon = line.IndexOf(':');
        if (colon <= 0 || line.StartsWith('#') || line.StartsWith(' '))
            return false;
        key = line[..colon].Trim();
        if (key is not ("layer" or "match" or "language" or "published" or "forward-looking"))
            return false;
        value = line[(colon + 1)..].Trim();
        return true;
    }

    private static SpecCase Build(string file, string name, Dictionary<string, string> settings, string? input, string? expected)
    {
        if (input is null || expected is null)
            throw new FormatException($"{file} § {name}: a case needs a ```text block (the input) and a ```json block (what it must yield).");
        if (!settings.TryGetValue("layer", out var layer))
            throw new FormatException($"{file} § {name}: say which output field the case checks, e.g. 'layer: times'.");
        var exact = !settings.TryGetValue("match", out var match) || match == "exact";
        DateOnly? published = null;
        TimeOnly? publishedTime = null;
        if (settings.TryGetValue("published", out var date))
        {
            var moment = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
            published = DateOnly.FromDateTime(moment);
            publishedTime = date.Contains('T') ? TimeOnly.FromDateTime(moment) : null;
        }
        return new SpecCase(file, name, layer, exact, settings.GetValueOrDefault("language"), published, input, expected)
        {
            ForwardLooking = settings.GetValueOrDefault("forward-looking") is "yes" or "true",
            PublishedTime = publishedTime,
        };
    }
}

using System.Text.Json;
using Cronista.Cli;
using Cronista.Knowledge;
using Cronista.Tests.Support;

namespace Cronista.Tests.Golden;

/// <summary>The seed article (../shared/seed) analysed once through the command line, as the golden tests read it.</summary>
public static class SeedArticle
{
    public const string RelativePath = "seed/000_45b2faf4e9aa9b18.txt";

    private static readonly Lazy<JsonElement?> Output = new(Analyze);

    /// <summary>The document JSON, or null when ../shared is not on this machine.</summary>
    public static JsonElement? Document => Output.Value;

    public static JsonElement Require()
    {
        Skip.If(Document is null, "The seed article lives in ../shared, which this machine does not have.");
        return Document!.Value;
    }

    public static string Text(JsonElement document) => document.GetProperty("text").GetString()!;

    /// <summary>The entity whose canonical name is this one, ignoring case, accents and hyphens (Kim Jong-un, Kim Jong Un).</summary>
    public static JsonElement Entity(JsonElement document, string canonical) =>
        document.GetProperty("entities").EnumerateArray().Single(e => NameKey.Of(e.GetProperty("canonical").GetString()!) == NameKey.Of(canonical));

    public static string NameOf(JsonElement document, string entityId) =>
        document.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == entityId).GetProperty("canonical").GetString()!;

    /// <summary>Every place a form occurs in the text: as written, or without its article when the text fuses the article
    /// with a preposition ("col dittatore nordcoreano" for "il dittatore nordcoreano"); apostrophes compare alike.</summary>
    public static List<(int Start, int End)> Occurrences(string text, string form)
    {
        var folded = Fold(text);
        var found = Find(folded, Fold(form));
        if (found.Count == 0)
        {
            var space = form.IndexOf(' ');
            var apostrophe = form.IndexOf('\'');
            var cut = apostrophe is > 0 and < 4 ? apostrophe + 1 : space is > 0 and < 4 ? space + 1 : -1;
            if (cut > 0)
                found = Find(folded, Fold(form[cut..]));
        }
        return found;
    }

    private static List<(int, int)> Find(string text, string form)
    {
        var found = new List<(int, int)>();
        for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetter(text[i - 1]);
            var after = i + form.Length == text.Length || !char.IsLetter(text[i + form.Length]);
            if (before && after)
                found.Add((i, i + form.Length));
        }
        return found;
    }

    private static string Fold(string text) => text.Replace('’', '\'');

    private static JsonElement? Analyze()
    {
        var seed = SharedData.PathOf(RelativePath);
        if (seed is null || !File.Exists(seed))
            return null;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["analyze", seed, "--format", "jsonl", "--no-store"], output, error);
        if (exit != 0)
            throw new InvalidOperationException($"cronista analyze failed ({exit}): {error}");
        using var parsed = JsonDocument.Parse(output.ToString().Trim());
        return parsed.RootElement.Clone();
    }
}

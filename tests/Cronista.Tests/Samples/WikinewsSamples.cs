using System.Text.Json;
using Cronista.Cli;

namespace Cronista.Tests.Samples;

/// <summary>The Wikinews articles in samples/, analysed once through the command line, by file.</summary>
public static class WikinewsSamples
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Documents = new(Analyze);

    /// <summary>The document read from the sample whose file name contains the Wikinews id.</summary>
    public static JsonElement Article(string wikinewsId) =>
        Documents.Value.Single(d => Path.GetFileName(d.Key).StartsWith($"wikinews-{wikinewsId}-", StringComparison.Ordinal)).Value;

    public static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var samples = Path.Combine(directory.FullName, "samples");
            if (File.Exists(Path.Combine(directory.FullName, "Cronista.slnx")) && Directory.Exists(samples))
                return samples;
        }
        throw new DirectoryNotFoundException("The samples/ folder of the checkout was not found above the test binaries.");
    }

    private static Dictionary<string, JsonElement> Analyze()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["analyze", Folder(), "--format", "jsonl", "--no-store"], output, error);
        if (exit != 0)
            throw new InvalidOperationException($"cronista analyze samples failed ({exit}): {error}");
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToDictionary(d => d.GetProperty("source").GetString()!, d => d);
    }
}

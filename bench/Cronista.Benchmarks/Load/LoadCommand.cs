using System.Globalization;
using System.Text.Json.Nodes;
using Cronista.Web;

namespace Cronista.Benchmarks.Load;

/// <summary>Load on the HTTP API: bursts of concurrent POST /api/analyze of one article, the target of issue 7 being 200 at
/// once with no error. Reports requests per second, p50/p99 latency and errors per burst.</summary>
internal static class LoadCommand
{
    // Enough sequential requests for the server's first-request costs (JIT, lazy tables) to be paid before any burst.
    private const int WarmUpRequests = 5;

    /// <summary>Runs the measurement; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (!LoadOptions.TryParse(args, out var options, out var problem))
        {
            error.WriteLine($"load: {problem}");
            error.WriteLine(LoadOptions.Usage);
            return 2;
        }
        var articlePath = options.TextFile ?? DefaultArticle();
        if (articlePath is null || !File.Exists(articlePath))
        {
            error.WriteLine($"load: no article to post: '{articlePath ?? "../shared/seed or samples/"}' not found; pass --text FILE.");
            return 1;
        }
        var article = await File.ReadAllTextAsync(articlePath);

        var folder = Directory.CreateTempSubdirectory("cronista-load-");
        CronistaServer? server = null;
        try
        {
            var url = options.Url;
            if (url is null)
            {
                server = CronistaServer.Create(new ServerOptions { DatabasePath = Path.Combine(folder.FullName, "load.db"), Urls = ["http://127.0.0.1:0"] });
                await server.StartAsync();
                url = new Uri(server.Addresses[0]);
            }
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = url,
                Timeout = TimeSpan.FromMinutes(10),
            };
            for (var i = 0; i < WarmUpRequests; i++)
                await Burst.RunAsync(client, article, 1);
            await Burst.RunAsync(client, article, options.Requests);
            var bursts = new List<Burst>();
            for (var round = 0; round < options.Rounds; round++)
                bursts.Add(await Burst.RunAsync(client, article, options.Requests));
            Report(options, articlePath, article, url, server is not null, bursts, output);
            return bursts.All(b => b.Errors.Count == 0) ? 0 : 1;
        }
        catch (HttpRequestException unreachable)
        {
            error.WriteLine($"load: {options.Url} does not answer: {unreachable.Message}");
            return 1;
        }
        finally
        {
            if (server is not null)
                await server.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The seed article when the shared folder is beside the repository, otherwise the first sample.</summary>
    private static string? DefaultArticle()
    {
        foreach (var folder in new[] { "../shared/seed", "samples" })
        {
            if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault() is { } file)
                return file;
        }
        return null;
    }

    private static void Report(LoadOptions options, string articlePath, string article, Uri url, bool inProcess, List<Burst> bursts, TextWriter output)
    {
        var report = new JsonObject
        {
            ["url"] = url.ToString(),
            ["server"] = inProcess ? "in this process" : "running elsewhere",
            ["article"] = articlePath,
            ["article_chars"] = article.Length,
            ["concurrent_requests"] = options.Requests,
            ["processor_count"] = Environment.ProcessorCount,
            ["bursts"] = new JsonArray([.. bursts.Select(b => (JsonNode)new JsonObject
            {
                ["seconds"] = Math.Round(b.Seconds, 3),
                ["requests_per_second"] = Math.Round(b.RequestsPerSecond, 1),
                ["p50_ms"] = Math.Round(b.Percentile(0.50), 1),
                ["p99_ms"] = Math.Round(b.Percentile(0.99), 1),
                ["max_ms"] = Math.Round(b.Percentile(1.0), 1),
                ["errors"] = b.Errors.Count,
                ["first_error"] = b.Errors.FirstOrDefault(),
            })]),
        };
        if (options.Json)
        {
            output.WriteLine(report.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        output.WriteLine($"POST {url}api/analyze, {options.Requests} at once, article {articlePath} ({article.Length} chars), " +
            $"server {report["server"]}, {Environment.ProcessorCount} cores");
        foreach (var (b, i) in bursts.Select((b, i) => (b, i + 1)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"burst {i}: {b.RequestsPerSecond:F1} requests/s, p50 {b.Percentile(0.5):F0} ms, p99 {b.Percentile(0.99):F0} ms, " +
                $"max {b.Percentile(1.0):F0} ms, {b.Errors.Count} errors{(b.Errors.Count > 0 ? $" (first: {b.Errors[0]})" : "")}"));
        }
    }
}

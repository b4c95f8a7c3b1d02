using System.Diagnostics;
using System.Globalization;
using Cronista.Benchmarks.Throughput;
using Cronista.Web;

namespace Cronista.Benchmarks.Store;

/// <summary>The "store" mode: fills a store of many documents from the samples (unless it exists), then times the read
/// endpoints the UI's pages use over it, the target of issue 7 being under 300 ms on 10,000 documents.</summary>
internal static class StoreCommand
{
    private const string Usage = "usage: store --db FILE [--count N] [--samples DIR]... [--entities N] [--url URL]";

    /// <summary>Runs it; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        string? database = null;
        Uri? url = null;
        var count = 10_000;
        var entities = 50;
        var folders = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--db" when Value() is { } file: database = file; break;
                case "--samples" when Value() is { } folder: folders.Add(folder); break;
                case "--url" when Uri.TryCreate(Value(), UriKind.Absolute, out var u): url = u; break;
                case "--count" when int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0: count = n; break;
                case "--entities" when int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var e) && e > 0: entities = e; break;
                default:
                    error.WriteLine($"store: '{args[i]}' is not an option here, or its value is missing or not valid");
                    error.WriteLine(Usage);
                    return 2;
            }
        }
        if (database is null)
        {
            error.WriteLine("store: give the store's file with --db FILE (filled when it does not exist yet)");
            return 2;
        }
        if (!File.Exists(database) && !Fill(database, folders.Count > 0 ? folders : ["samples"], count, error))
            return 1;

        CronistaServer? server = null;
        try
        {
            if (url is null)
            {
                server = CronistaServer.Create(new ServerOptions { DatabasePath = database, Urls = ["http://127.0.0.1:0"] });
                await server.StartAsync();
                url = new Uri(server.Addresses[0]);
            }
            using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(5) };
            var timings = await ReadTimings.MeasureAsync(client, entities);
            output.WriteLine($"{database}, {Environment.ProcessorCount} cores, one request at a time, server {(server is null ? url : "in this process")}");
            foreach (var t in timings)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{t.Endpoint,-42} n={t.Milliseconds.Count,3}  p50 {t.Percentile(0.5),7:F1} ms  p99 {t.Percentile(0.99),7:F1} ms  max {t.Percentile(1),7:F1} ms  errors {t.Errors}"));
            }
            return timings.All(t => t.Errors == 0) ? 0 : 1;
        }
        catch (InvalidOperationException empty)
        {
            error.WriteLine($"store: {empty.Message}");
            return 1;
        }
        finally
        {
            if (server is not null)
                await server.DisposeAsync();
        }
    }

    private static bool Fill(string database, List<string> folders, int count, TextWriter error)
    {
        var articles = folders.Where(Directory.Exists).SelectMany(f => SampleArticles.Load(f, null)).Where(a => a.Text.Length > 0).ToList();
        if (articles.Count == 0)
        {
            error.WriteLine($"store: no articles under {string.Join(", ", folders)}; run from the repository root or pass --samples DIR");
            return false;
        }
        var clock = Stopwatch.StartNew();
        var saved = StoreGenerator.Fill(database, articles, count, error);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store: {saved} documents from {articles.Count} articles in {clock.Elapsed.TotalSeconds:F0} s, {new FileInfo(database).Length / 1e6:F0} MB"));
        return true;
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace Cronista.Benchmarks.Store;

/// <summary>Times the read endpoints the UI's pages call, one request at a time (a page's own wait, without other load),
/// over requests made from what the store holds: its entities' names as search words, actors and ids.</summary>
internal static class ReadTimings
{
    /// <summary>One endpoint's timings, in milliseconds, sorted.</summary>
    public sealed record Timing(string Endpoint, IReadOnlyList<double> Milliseconds, int Errors)
    {
        public double Percentile(double share) =>
            Milliseconds.Count == 0 ? double.NaN : Milliseconds[Math.Clamp((int)Math.Ceiling(share * Milliseconds.Count) - 1, 0, Milliseconds.Count - 1)];
    }

    /// <summary>Times each endpoint over the request paths built from the store's <paramref name="entities"/> most mentioned entities.</summary>
    public static async Task<IReadOnlyList<Timing>> MeasureAsync(HttpClient client, int entities)
    {
        using var listing = JsonDocument.Parse(await client.GetStringAsync($"/api/entities?limit={entities}"));
        var found = listing.RootElement.EnumerateArray()
            .Select(e => (Id: e.GetProperty("id").GetString()!, Name: e.GetProperty("canonical").GetString()!))
            .ToList();
        if (found.Count == 0)
            throw new InvalidOperationException("the store holds no entities: fill it first ('store --out FILE')");
        var year = new[] { "2024", "2025" };
        var paths = new Dictionary<string, List<string>>
        {
            ["GET /api/search?q=NAME"] = [.. found.Select(e => $"/api/search?q={Uri.EscapeDataString(Quoted(e.Name))}")],
            ["GET /api/search?q=&publisher=&from=&to="] = [.. found.Select((e, i) =>
                $"/api/search?q={Uri.EscapeDataString(Quoted(e.Name))}&publisher=publisher-{i % 12 + 1:00}.example&from={year[i % 2]}-03&to={year[i % 2]}-09")],
            ["GET /api/search (newest, no words)"] = [.. found.Select((_, i) => $"/api/search?lang=en&from={year[i % 2]}-0{i % 9 + 1}")],
            ["GET /api/entities?q="] = [.. found.Select(e => $"/api/entities?q={Uri.EscapeDataString(e.Name.Split(' ')[0])}")],
            ["GET /api/entities/{id}"] = [.. found.Select(e => $"/api/entities/{Uri.EscapeDataString(e.Id)}")],
            ["GET /api/events?actor="] = [.. found.Select(e => $"/api/events?actor={Uri.EscapeDataString(e.Name)}&limit=200")],
            ["GET /api/events?from=&to= (limit 200)"] = [.. found.Select((_, i) => $"/api/events?from={year[i % 2]}-0{i % 9 + 1}&to={year[i % 2]}-0{i % 9 + 1}&limit=200")],
            ["GET /api/events (default limit 1000)"] = [.. found.Take(10).Select(_ => "/api/events")],
        };
        var timings = new List<Timing>();
        foreach (var (endpoint, list) in paths)
        {
            // Once through untimed: the first call of each endpoint pays for compiling its code.
            await client.GetAsync(list[0]);
            var times = new List<double>();
            var errors = 0;
            foreach (var path in list)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                if (response.IsSuccessStatusCode)
                    times.Add(clock.Elapsed.TotalMilliseconds);
                else
                    errors++;
            }
            timings.Add(new Timing(endpoint, [.. times.Order()], errors));
        }
        return timings;
    }

    // FTS5 reads some characters (a '-', a '.') as syntax: a name is searched as one phrase.
    private static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

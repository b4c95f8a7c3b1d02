using System.Diagnostics;
using System.Text;

namespace Cronista.Benchmarks.Load;

/// <summary>One burst: every request started at once, each timed from send to its whole body read.</summary>
/// <param name="Seconds">From the first send to the last answer.</param>
/// <param name="Latencies">Each successful request's time, in milliseconds, sorted.</param>
/// <param name="Errors">Requests that failed or answered other than 2xx, with what went wrong.</param>
internal sealed record Burst(double Seconds, IReadOnlyList<double> Latencies, IReadOnlyList<string> Errors)
{
    /// <summary>Answers per second over the burst, errors included.</summary>
    public double RequestsPerSecond => (Latencies.Count + Errors.Count) / Seconds;

    /// <summary>The latency below which the given share (0–1) of successful requests answered (nearest rank).</summary>
    public double Percentile(double share) =>
        Latencies.Count == 0 ? double.NaN : Latencies[Math.Clamp((int)Math.Ceiling(share * Latencies.Count) - 1, 0, Latencies.Count - 1)];

    /// <summary>Posts the article <paramref name="count"/> times, all at once, and waits for every answer.</summary>
    public static async Task<Burst> RunAsync(HttpClient client, string article, int count)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, count).Select(_ => PostAsync(client, article, start.Task)).ToList();
        var clock = Stopwatch.StartNew();
        start.SetResult();
        var results = await Task.WhenAll(requests);
        var seconds = clock.Elapsed.TotalSeconds;
        return new Burst(seconds,
            [.. results.Where(r => r.Error is null).Select(r => r.Milliseconds).Order()],
            [.. results.Where(r => r.Error is not null).Select(r => r.Error!)]);
    }

    private static async Task<(double Milliseconds, string? Error)> PostAsync(HttpClient client, string article, Task start)
    {
        await start;
        var clock = Stopwatch.StartNew();
        try
        {
            using var content = new StringContent(article, Encoding.UTF8, "text/plain");
            using var response = await client.PostAsync("/api/analyze", content);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode
                ? (clock.Elapsed.TotalMilliseconds, null)
                : (0, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 200)]}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (0, e.Message);
        }
    }
}

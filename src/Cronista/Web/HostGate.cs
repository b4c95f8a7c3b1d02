using System.Collections.Concurrent;

namespace Cronista.Web;

/// <summary>Paces requests per host: at most a few open at once, and a minimum interval between their starts.</summary>
internal sealed class HostGate(int concurrency, TimeSpan interval, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot on the host and for its turn; dispose the result when the request is done.</summary>
    /// <param name="host">The host name.</param>
    /// <param name="crawlDelay">The host's own robots.txt Crawl-delay, when longer than the default interval.</param>
    /// <param name="cancel">Stops the wait.</param>
    public async Task<IDisposable> EnterAsync(string host, TimeSpan? crawlDelay, CancellationToken cancel)
    {
        var state = _hosts.GetOrAdd(host, _ => new Host(concurrency));
        await state.Slots.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var spacing = crawlDelay is { } delay && delay > interval ? delay : interval;
            TimeSpan wait;
            lock (state)
            {
                var now = clock.GetUtcNow();
                var start = state.NextStart > now ? state.NextStart : now;
                state.NextStart = start + spacing;
                wait = start - now;
            }
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, clock, cancel).ConfigureAwait(false);
            return new Slot(state.Slots);
        }
        catch
        {
            state.Slots.Release();
            throw;
        }
    }

    private sealed class Host(int concurrency)
    {
        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);

        public DateTimeOffset NextStart { get; set; }
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                slots.Release();
        }
    }
}

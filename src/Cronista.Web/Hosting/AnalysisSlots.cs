namespace Cronista.Web.Hosting;

/// <summary>Runs analyses on pool threads, at most one per core at a time, the rest waiting their turn in arrival order.</summary>
/// <remarks>Without a bound, a burst of requests queues every analysis on the thread pool at once, and each request's
/// reply (a continuation queued behind them) is written only when nearly all are done: every request of a burst of 200
/// waited as long as the slowest, and other requests (reads of the store) waited behind the whole burst.</remarks>
internal sealed class AnalysisSlots : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>Waits for a free slot, then runs the work on a pool thread.</summary>
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancel)
    {
        await _slots.WaitAsync(cancel);
        try
        {
            return await Task.Run(work, cancel);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}

namespace Cronista.Cli.Analysis;

/// <summary>Maps items on several threads and yields the results in input order, reading only a few items ahead.</summary>
internal static class OrderedParallel
{
    /// <param name="items">Read lazily on the calling thread; at most twice <paramref name="degree"/> items are in flight.</param>
    /// <param name="map">Must not throw: it runs on pool threads and its failures belong in its result.</param>
    /// <param name="degree">How many items are mapped at once.</param>
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, int degree)
    {
        using var slots = new SemaphoreSlim(degree);
        var window = new Queue<Task<TOut>>();
        foreach (var item in items)
        {
            window.Enqueue(Task.Run(async () =>
            {
                await slots.WaitAsync().ConfigureAwait(false);
                try
                {
                    return map(item);
                }
                finally
                {
                    slots.Release();
                }
            }));
            if (window.Count >= degree * 2)
                yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0)
            yield return window.Dequeue().GetAwaiter().GetResult();
    }
}

using Cronista.Storage;

namespace Cronista.Web.Hosting;

/// <summary>The server's one store, used by one request at a time, since a <see cref="DocumentStore"/> serves one thread.</summary>
internal sealed class StoreGate(DocumentStore store) : IDisposable
{
    private readonly Lock _lock = new();

    /// <summary>Runs a read or a write against the store, alone.</summary>
    public T Use<T>(Func<DocumentStore, T> work)
    {
        lock (_lock)
            return work(store);
    }

    public void Dispose() => store.Dispose();
}

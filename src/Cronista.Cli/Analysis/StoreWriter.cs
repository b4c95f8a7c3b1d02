using System.Diagnostics;
using Cronista.Output;
using Cronista.Storage;

namespace Cronista.Cli.Analysis;

/// <summary>Saves analysed documents in small batches, one transaction each, and reports each document that could not be saved.</summary>
/// <remarks>A transaction per document rewrites the same index pages thousands of times; a few dozen per transaction is several times faster, and a crash loses at most the open batch.</remarks>
internal sealed class StoreWriter(DocumentStore store, Action<string, string> reportFailure)
{
    private const int BatchSize = 64;

    // A slow batch is committed anyway after this long, so that an interrupted run keeps what it has done.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    private readonly List<(string Source, DocumentRecord Record)> _pending = [];
    private readonly Stopwatch _sinceFirst = new();

    /// <summary>How many documents have been saved.</summary>
    public int Saved { get; private set; }

    /// <summary>Queues a document; the batch is saved when it is full or old enough.</summary>
    public void Add(string source, DocumentRecord record)
    {
        if (_pending.Count == 0)
            _sinceFirst.Restart();
        _pending.Add((source, record));
        if (_pending.Count >= BatchSize || _sinceFirst.Elapsed >= MaxDelay)
            Flush();
    }

    /// <summary>Saves whatever is queued.</summary>
    public void Flush()
    {
        if (_pending.Count == 0)
            return;
        try
        {
            store.SaveBatch([.. _pending.Select(p => p.Record)]);
            Saved += _pending.Count;
        }
        catch (StoreException)
        {
            // Save them one by one, so that only the documents that really fail are reported.
            foreach (var (source, record) in _pending)
            {
                try
                {
                    store.Save(record);
                    Saved++;
                }
                catch (StoreException e)
                {
                    reportFailure(source, $"analysed but not stored: {e.Message}");
                }
            }
        }
        _pending.Clear();
    }
}

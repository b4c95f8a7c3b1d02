using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Cronista.Benchmarks.Throughput;
using Cronista.Core;
using Cronista.Output;
using Cronista.Storage;

namespace Cronista.Benchmarks.Store;

/// <summary>Fills a store with many documents made from a few articles: each copy gets its own publication date, publisher
/// and URL, and is analysed afresh (so that relative dates resolve against its own date), as if many outlets had run the
/// same stories over two years. Reading the store then costs what a store of that many distinct documents would.</summary>
internal static class StoreGenerator
{
    private const int Publishers = 12;
    private const int DaysSpread = 730;
    private const int SaveBatchSize = 250;
    private static readonly DateOnly FirstDay = new(2024, 1, 1);

    /// <summary>The publication date, publisher and URL of copy <paramref name="index"/>: spread evenly but not in order.</summary>
    public static DocumentMetadata Vary(DocumentMetadata original, string slug, int index)
    {
        // 7919 is prime to 730: the copies walk every day of the two years before any day repeats.
        var day = FirstDay.AddDays((int)((index * 7919L) % DaysSpread));
        var publisher = $"publisher-{index % Publishers + 1:00}.example";
        var url = string.Create(CultureInfo.InvariantCulture, $"https://{publisher}/{day:yyyy/MM/dd}/{slug}-{index}");
        return original with { Published = day, Publisher = publisher, Url = url, Source = url };
    }

    /// <summary>Writes <paramref name="count"/> documents to the store at <paramref name="path"/>; returns how many were saved.</summary>
    public static int Fill(string path, IReadOnlyList<SampleArticle> articles, int count, TextWriter progress)
    {
        var analyzer = Analyzer.CreateDefault();
        var clock = Stopwatch.StartNew();
        var saved = 0;
        using var store = DocumentStore.Open(path);
        for (var start = 0; start < count; start += SaveBatchSize)
        {
            var size = Math.Min(SaveBatchSize, count - start);
            var batch = new ConcurrentBag<(int Index, DocumentRecord Record)>();
            Parallel.For(start, start + size, index =>
            {
                var article = articles[index % articles.Count];
                var slug = Path.GetFileNameWithoutExtension(article.Path);
                var document = Document.Create(article.Text, Vary(article.Metadata, slug, index));
                batch.Add((index, DocumentRecords.From(analyzer.Analyze(document))));
            });
            store.SaveBatch([.. batch.OrderBy(b => b.Index).Select(b => b.Record)]);
            saved += size;
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: {saved}/{count} documents, {clock.Elapsed.TotalSeconds:F0} s"));
        }
        return saved;
    }
}

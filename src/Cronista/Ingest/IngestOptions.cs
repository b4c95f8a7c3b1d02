namespace Cronista.Ingest;

/// <summary>Limits and inputs for reading sources.</summary>
public sealed record IngestOptions
{
    /// <summary>The default largest article: 16 MiB, far above any real news article, small enough to hold in memory.</summary>
    public const long DefaultMaxArticleBytes = 16L * 1024 * 1024;

    /// <summary>The largest plain-text article, or single JSONL line, that is read; larger ones are refused.</summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>Opens standard input, read when a path is "-"; null when there is none to read.</summary>
    public Func<Stream>? StandardInput { get; init; }
}

namespace Cronista.Ingest;

/// <summary>What kind of input a source entry is.</summary>
public enum SourceKind
{
    /// <summary>A plain-text article file (.txt, .text, or any file named explicitly).</summary>
    PlainTextFile,

    /// <summary>A JSONL file (.jsonl, .ndjson): one article per line.</summary>
    JsonLinesFile,

    /// <summary>A web page (.html, .htm, gzipped or not): one article to extract from its markup.</summary>
    HtmlFile,

    /// <summary>Standard input: a plain-text article, or JSONL when it looks like JSON lines.</summary>
    StandardInput,

    /// <summary>A path that cannot be read; the entry carries the reason.</summary>
    Unreadable,

    /// <summary>A web archive (.warc, .warc.gz): one article per archived HTML page.</summary>
    WarcFile,

    /// <summary>A feed or sitemap (.rss, .atom, .xml, .xml.gz, .json), told apart by its content when read: a feed's
    /// entries are articles, a sitemap only lists pages to fetch.</summary>
    FeedFile,
}

/// <summary>One input found by expanding the paths given: a file, standard input, or a path that cannot be read.</summary>
/// <param name="Source">The name items from it carry: the path as given, or joined under the folder given.</param>
/// <param name="Path">The file to open; null for standard input and unreadable entries.</param>
/// <param name="Kind">How to read it.</param>
/// <param name="Length">Its size in bytes when known, for progress reporting.</param>
/// <param name="Reason">Why it cannot be read, for <see cref="SourceKind.Unreadable"/> entries.</param>
public sealed record SourceEntry(string Source, string? Path, SourceKind Kind, long? Length = null, string? Reason = null);

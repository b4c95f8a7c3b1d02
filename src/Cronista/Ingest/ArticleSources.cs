namespace Cronista.Ingest;

/// <summary>Reads articles from files, folders, JSONL files, web archives, feeds and standard input, one item per article or per problem.</summary>
/// <remarks>One bad file or line becomes an <see cref="IngestFailure"/> and reading goes on; memory stays bounded by the size limit.</remarks>
public sealed class ArticleSources(IngestOptions options)
{
    // How much of standard input is looked at to tell JSON lines from a plain-text article.
    private const int StandardInputSample = 64 * 1024;

    /// <summary>The limits and inputs this reader works with.</summary>
    public IngestOptions Options { get; } = options;

    /// <summary>What the web archives read so far held, for the run's summary.</summary>
    public Warc.WarcCounts ArchiveCounts { get; } = new();

    /// <summary>Expands paths into inputs: a file as given, a folder's article files recursively (hidden ones skipped), "-" for standard input.</summary>
    public static IReadOnlyList<SourceEntry> Expand(IEnumerable<string> paths) => [.. paths.SelectMany(SourceWalker.Expand)];

    /// <summary>Every article and failure from the paths, in order.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> paths) => Expand(paths).SelectMany(Read);

    /// <summary>Every article and failure from one expanded input.</summary>
    public IEnumerable<IngestItem> Read(SourceEntry entry) => entry.Kind switch
    {
        SourceKind.Unreadable => [new IngestFailure(entry.Source, entry.Reason ?? "cannot be read")],
        SourceKind.StandardInput => ReadStandardInput(entry.Source),
        SourceKind.JsonLinesFile => ReadJsonLinesFile(entry),
        SourceKind.HtmlFile => [ReadHtmlFile(entry)],
        SourceKind.WarcFile => ReadWarcFile(entry),
        SourceKind.FeedFile => FeedFiles.Read(entry, Options),
        _ => [ReadPlainTextFile(entry)],
    };

    /// <summary>Reads a stream holding one plain-text article, refusing it when it is over the size limit.</summary>
    public IngestItem ReadPlainText(Stream stream, string source)
    {
        var limit = Options.MaxArticleBytes;
        var bytes = ReadAtMost(stream, limit + 1, out var length);
        if (length > limit)
            return TooLarge(source, null, length);
        return Decode(bytes.AsSpan(0, length), source, length);
    }

    /// <summary>Streams the articles of a JSONL stream, one per line, named "<paramref name="source"/>:LINE".</summary>
    public IEnumerable<IngestItem> ReadJsonLines(Stream stream, string source) =>
        JsonLinesReader.Read(stream, source, Options.MaxArticleBytes);

    private IngestItem ReadPlainTextFile(SourceEntry entry)
    {
        if (entry.Length is { } known && known > Options.MaxArticleBytes)
            return TooLarge(entry.Source, known, known);
        try
        {
            using var stream = new FileStream(entry.Path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            return ReadPlainText(stream, entry.Source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new IngestFailure(entry.Source, Unopenable(e));
        }
    }

    /// <summary>Reads a web page, gunzipping ".gz" files; the decompressed page is held to the size limit too, so a
    /// gzip bomb stops at the limit.</summary>
    private IngestItem ReadHtmlFile(SourceEntry entry)
    {
        var gzipped = entry.Path!.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        if (!gzipped && entry.Length is { } known && known > Options.MaxArticleBytes)
            return TooLarge(entry.Source, known, known);
        try
        {
            using var file = new FileStream(entry.Path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16);
            using var stream = gzipped ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress) : (Stream)file;
            var limit = Options.MaxArticleBytes;
            var bytes = ReadAtMost(stream, limit + 1, out var length);
            if (length > limit)
                return TooLarge(entry.Source, null, entry.Length ?? length);
            if (length == 0)
                return new IngestFailure(entry.Source, "empty file", 0);
            var text = HtmlDecoding.Decode(bytes.AsSpan(0, length), out var encoding);
            return new RawItem(entry.Source, text, RawFormat.Html, SourceHints.None, encoding, entry.Length ?? length);
        }
        catch (InvalidDataException)
        {
            return new IngestFailure(entry.Source, "not a valid gzip file: it cannot be decompressed");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new IngestFailure(entry.Source, Unopenable(e));
        }
    }

    /// <summary>Streams the pages of a web archive, record by record.</summary>
    private IEnumerable<IngestItem> ReadWarcFile(SourceEntry entry)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(entry.Path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestFailure(entry.Source, Unopenable(e))];
        }
        return Guarded(stream, entry.Source, s => new Warc.WarcReader(Options).Read(s, entry.Source, ArchiveCounts));
    }

    private IEnumerable<IngestItem> ReadJsonLinesFile(SourceEntry entry)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(entry.Path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestFailure(entry.Source, Unopenable(e))];
        }
        return Guarded(stream, entry.Source, s => ReadJsonLines(s, entry.Source));
    }

    private IEnumerable<IngestItem> ReadStandardInput(string source)
    {
        Stream stream;
        try
        {
            stream = Options.StandardInput?.Invoke() ?? throw new InvalidOperationException();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return [new IngestFailure(source, "standard input cannot be read here")];
        }
        // Standard input cannot seek: look at its start to decide between JSON lines and one plain-text article.
        var head = ReadAtMost(stream, StandardInputSample, out var length);
        var replay = new PrefixedStream(head, length, stream);
        if (LooksLikeJsonLines(head.AsSpan(0, length), sampleIsFull: length == StandardInputSample))
            return Guarded(replay, source, s => ReadJsonLines(s, source));
        using (replay)
            return [ReadPlainText(replay, source)];
    }

    /// <summary>Streams items from an open stream, closing it at the end and turning a read error into a last failure item.</summary>
    private static IEnumerable<IngestItem> Guarded(Stream stream, string source, Func<Stream, IEnumerable<IngestItem>> read)
    {
        using (stream)
        {
            using var items = read(stream).GetEnumerator();
            var stopped = false;
            while (!stopped)
            {
                IngestItem item;
                try
                {
                    if (!items.MoveNext())
                        yield break;
                    item = items.Current;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    item = new IngestFailure(source, $"reading stopped: {e.Message}");
                    stopped = true;
                }
                yield return item;
            }
        }
    }

    private static bool LooksLikeJsonLines(ReadOnlySpan<byte> head, bool sampleIsFull)
    {
        var start = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            start = 3;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            start++;
        if (start >= head.Length || head[start] != (byte)'{')
            return false;
        var rest = head[start..];
        var newline = rest.IndexOf((byte)'\n');
        // A first line longer than the sample cannot be checked whole; starting with '{' it is taken for JSON.
        if (newline < 0)
            return sampleIsFull || rest.TrimEnd(" \t\r\n"u8).EndsWith("}"u8);
        return rest[..newline].TrimEnd(" \t\r"u8).EndsWith("}"u8);
    }

    private static IngestItem Decode(ReadOnlySpan<byte> bytes, string source, long inputBytes) =>
        TextDecoding.TryDecode(bytes, out var text, out var encoding, out var error)
            ? new RawItem(source, text, RawFormat.PlainText, SourceHints.None, encoding, inputBytes)
            : new IngestFailure(source, error, inputBytes);

    private IngestFailure TooLarge(string source, long? size, long inputBytes)
    {
        var what = size is { } s ? $"file is {ByteSizes.Format(s)}," : "input is";
        return new IngestFailure(source,
            $"{what} larger than the {ByteSizes.Format(Options.MaxArticleBytes)} limit for one article; " +
            "raise the limit (--max-size) if it really is one article, or split it (JSONL files are read line by line)",
            inputBytes);
    }

    /// <summary>Reads up to <paramref name="limit"/> bytes; the buffer never grows past that.</summary>
    internal static byte[] ReadAtMost(Stream stream, long limit, out int length)
    {
        limit = Math.Min(limit, Array.MaxLength);
        var buffer = new byte[(int)Math.Min(limit, 64 * 1024)];
        length = 0;
        while (length < limit)
        {
            if (length == buffer.Length)
                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
            var n = stream.Read(buffer, length, buffer.Length - length);
            if (n == 0)
                break;
            length += n;
        }
        return buffer;
    }

    internal static string Unopenable(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied: cannot open this file",
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder; check the path",
        _ => $"cannot read: {e.Message}",
    };
}

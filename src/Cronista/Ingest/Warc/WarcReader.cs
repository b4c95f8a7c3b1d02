using System.IO.Compression;

namespace Cronista.Ingest.Warc;

/// <summary>Streams the web pages of a WARC file (ISO 28500; .warc, or .warc.gz with one gzip member per record as
/// Common Crawl writes), one article to extract per archived HTML page.</summary>
/// <remarks>Only 200 responses and resources that are HTML become items, named "FILE#RECORD-ID"; requests, metadata,
/// warcinfo, redirects and non-HTML payloads are passed over (see <see cref="WarcCounts"/>). Memory is bounded by the
/// article size limit: a larger page is reported and skipped, a gzip bomb or a truncated or corrupt file ends the
/// file with a last failure, keeping the pages read before it.</remarks>
public sealed class WarcReader(IngestOptions options)
{
    // An HTTP response head longer than this is not a real one.
    private const int MaxHttpHeadBytes = 64 * 1024;

    /// <summary>Every page and failure in a WARC stream, in file order.</summary>
    /// <param name="stream">The WARC data, gzipped or not; it is read to the end, or to the first unreadable record, and disposed.</param>
    /// <param name="name">The file's name as a person gave it, prefixed to each record id.</param>
    /// <param name="counts">Receives what was read and passed over, when given.</param>
    public IEnumerable<IngestItem> Read(Stream stream, string name, WarcCounts? counts = null)
    {
        counts ??= new WarcCounts();
        var guard = new CompressionGuard(Math.Max(1024L * 1024, 2 * options.MaxArticleBytes));
        using var file = guard.CountCompressed(stream);
        var magic = new byte[2];
        var length = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        var prefixed = new PrefixedStream(magic, length, file);
        var gzipped = length == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        // GZipStream reads every member of a multi-member file in turn.
        using var data = gzipped ? guard.Guard(new GZipStream(prefixed, CompressionMode.Decompress)) : prefixed;
        var input = new WarcInput(data);
        var accounted = 0L;
        while (true)
        {
            IngestItem? item;
            var stop = false;
            try
            {
                if (WarcHeader.Read(input) is not { } header)
                    yield break;
                counts.Records++;
                item = ReadRecord(header, input, name, counts);
            }
            catch (Exception e) when (e is WarcFormatException or GzipBombException)
            {
                item = new IngestFailure(name, e.Message);
                stop = true;
            }
            catch (InvalidDataException)
            {
                item = new IngestFailure(name, $"the gzip data is corrupt after {ByteSizes.Format(input.Offset)} of records; the records before it were read");
                stop = true;
            }
            catch (IOException e)
            {
                item = new IngestFailure(name, $"reading stopped: {e.Message}");
                stop = true;
            }
            if (item is not null)
            {
                if (item is IngestFailure)
                    counts.Failures++;
                // Each item accounts for the file bytes read since the one before, so progress adds up to the file size.
                var read = gzipped ? guard.Compressed : input.Offset;
                yield return item with { InputBytes = read - accounted };
                accounted = read;
            }
            if (stop)
                yield break;
        }
    }

    /// <summary>The item a record makes, or null when it is passed over; the record's block is consumed either way.</summary>
    private IngestItem? ReadRecord(WarcHeader header, WarcInput input, string name, WarcCounts counts)
    {
        var length = header.ContentLength
            ?? throw new WarcFormatException($"the record at byte {header.Offset:N0} ({header.Id}) has no valid Content-Length, so the records after it cannot be found");
        var block = new WarcBlock(input, length, header);
        IngestItem? item;
        switch (header.Type)
        {
            case "response" when ContentSniffer.MediaType(header.ContentType) is "application/http":
                item = ReadResponse(header, block, name, counts);
                break;
            case "resource":
                item = ReadPage(header, block, header.ContentType, null, null, name, counts);
                break;
            case "response":
                counts.NotHtml++;
                item = null;
                break;
            default:
                counts.OtherRecords++;
                item = null;
                break;
        }
        block.SkipRest();
        return item;
    }

    private IngestItem? ReadResponse(WarcHeader header, WarcBlock block, string name, WarcCounts counts)
    {
        var start = block.ReadUpTo(MaxHttpHeadBytes);
        if (HttpResponseHead.Parse(start) is not { } http)
        {
            counts.NotHtml++;
            return null;
        }
        if (http.Status != 200)
        {
            counts.NotOk++;
            return null;
        }
        block.Unread(start, http.Length);
        return ReadPage(header, block, http.Header("Content-Type"), http.Header("Transfer-Encoding"), http.Header("Content-Encoding"), name, counts);
    }

    private IngestItem? ReadPage(WarcHeader header, WarcBlock block, string? contentType, string? transferEncoding, string? contentEncoding,
        string name, WarcCounts counts)
    {
        // Most payloads in a crawl are images, scripts and styles: the declared type rules them out unread.
        if (contentType is not null && ContentSniffer.Sniff(contentType, []) == ContentKind.Other && !IsGeneric(contentType))
        {
            counts.NotHtml++;
            return null;
        }
        var source = $"{name}#{header.Id}";
        var limit = options.MaxArticleBytes;
        if (block.Remaining > limit)
            return TooLarge(source, header, block.Remaining);
        var body = HttpBody.Decode(block.ReadRest(), transferEncoding, contentEncoding, limit);
        if (body is null)
            return TooLarge(source, header, null);
        if (ContentSniffer.Sniff(contentType, body) != ContentKind.Html)
        {
            counts.NotHtml++;
            return null;
        }
        counts.Pages++;
        var text = HtmlDecoding.Decode(body, HtmlDecoding.Charset(contentType), out var encoding);
        return new RawItem(source, text, RawFormat.Html, new SourceHints(Url: header.TargetUri), encoding, 0);
    }

    private static bool IsGeneric(string contentType) =>
        ContentSniffer.MediaType(contentType) is "" or "application/octet-stream" or "binary/octet-stream" or "text/plain" or "unknown/unknown"
            or "text/xml" or "application/xml";

    private IngestFailure TooLarge(string source, WarcHeader header, long? size)
    {
        var what = size is { } s ? $"is {ByteSizes.Format(s)}," : "decodes to";
        var page = header.TargetUri is { } url ? $" ({url})" : "";
        return new IngestFailure(source,
            $"the page in this record{page} {what} larger than the {ByteSizes.Format(options.MaxArticleBytes)} limit for one article; " +
            "raise the limit (--max-size) if it really is one article");
    }
}

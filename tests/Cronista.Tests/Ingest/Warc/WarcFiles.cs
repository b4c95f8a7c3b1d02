using System.IO.Compression;
using System.Text;

namespace Cronista.Tests.Ingest.Warc;

/// <summary>Builds WARC records and files in memory for tests, as crawlers write them.</summary>
public static class WarcFiles
{
    public static byte[] Record(string type, string id, string? targetUri, string contentType, byte[] block)
    {
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Record-ID: <{id}>\r\n")
            .Append("WARC-Date: 2024-12-03T10:00:00Z\r\n");
        if (targetUri is not null)
            header.Append($"WARC-Target-URI: {targetUri}\r\n");
        header.Append($"Content-Type: {contentType}\r\n").Append($"Content-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Response(string id, string url, int status, string headers, byte[] body) =>
        Record("response", id, url, "application/http; msgtype=response",
            [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Other")}\r\n{headers}\r\n"), .. body]);

    public static byte[] HtmlResponse(string id, string url, string html, string contentType = "text/html; charset=utf-8") =>
        Response(id, url, 200, $"Content-Type: {contentType}\r\nServer: test\r\n", Encoding.UTF8.GetBytes(html));

    public static byte[] Request(string id, string url) =>
        Record("request", id, url, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {new Uri(url).Host}\r\n\r\n"));

    public static byte[] WarcInfo(string id) =>
        Record("warcinfo", id, null, "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n"u8.ToArray());

    public static byte[] Plain(params byte[][] records) => [.. records.SelectMany(r => r)];

    /// <summary>One gzip member per record, concatenated, as Common Crawl writes .warc.gz files.</summary>
    public static byte[] Gzipped(params byte[][] records) => [.. records.SelectMany(Gzip)];

    public static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(bytes);
        return output.ToArray();
    }

    public static string Article(string headline, int paragraphs = 3) =>
        $"<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        + string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"<p>Paragrafo {i}: il consiglio comunale ha approvato il bilancio dopo una lunga discussione in aula.</p>"))
        + "</article></body></html>";
}

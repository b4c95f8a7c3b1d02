using System.IO.Compression;
using System.Text;
using Cronista.Ingest;
using Cronista.Ingest.Warc;

namespace Cronista.Tests.Ingest.Warc;

public sealed class WarcReaderTests
{
    private const string Page1 = "urn:uuid:00000000-0000-0000-0000-000000000001";
    private const string Page2 = "urn:uuid:00000000-0000-0000-0000-000000000002";

    private static byte[][] MixedRecords() =>
    [
        WarcFiles.WarcInfo("urn:uuid:info"),
        WarcFiles.Request("urn:uuid:req-1", "https://giornale.example.it/a"),
        WarcFiles.HtmlResponse(Page1, "https://giornale.example.it/a", WarcFiles.Article("Primo")),
        WarcFiles.Response("urn:uuid:moved", "https://giornale.example.it/old", 301, "Location: /a\r\nContent-Type: text/html\r\n", "<html>moved</html>"u8.ToArray()),
        WarcFiles.Response("urn:uuid:missing", "https://giornale.example.it/x", 404, "Content-Type: text/html\r\n", "<html>not found</html>"u8.ToArray()),
        WarcFiles.Response("urn:uuid:image", "https://giornale.example.it/logo.png", 200, "Content-Type: image/png\r\n", [0x89, 0x50, 0x4E, 0x47]),
        WarcFiles.Record("metadata", "urn:uuid:meta", "https://giornale.example.it/a", "application/warc-fields", "via: x\r\n"u8.ToArray()),
        WarcFiles.Record("resource", Page2, "https://giornale.example.it/b", "text/html", Encoding.UTF8.GetBytes(WarcFiles.Article("Secondo"))),
    ];

    private static List<IngestItem> Read(byte[] file, IngestOptions? options = null, WarcCounts? counts = null) =>
        [.. new WarcReader(options ?? new IngestOptions()).Read(new MemoryStream(file), "crawl.warc", counts)];

    [Fact]
    public void A_plain_warc_yields_its_200_html_pages_named_by_record_id()
    {
        var counts = new WarcCounts();

        var items = Read(WarcFiles.Plain(MixedRecords()), counts: counts);

        Assert.Equal(2, items.Count);
        var first = Assert.IsType<RawItem>(items[0]);
        Assert.Equal($"crawl.warc#{Page1}", first.Source);
        Assert.Equal("https://giornale.example.it/a", first.Hints.Url);
        Assert.Equal(RawFormat.Html, first.Format);
        Assert.Contains("<title>Primo</title>", first.Text);
        var second = Assert.IsType<RawItem>(items[1]);
        Assert.Equal($"crawl.warc#{Page2}", second.Source);
        Assert.Equal("https://giornale.example.it/b", second.Hints.Url);
        Assert.Equal(8, counts.Records);
        Assert.Equal(2, counts.Pages);
        Assert.Equal(3, counts.OtherRecords);
        Assert.Equal(1, counts.NotHtml);
        Assert.Equal(2, counts.NotOk);
        Assert.Equal(0, counts.Failures);
    }

    [Fact]
    public void A_multi_member_gzipped_warc_gives_the_same_pages_and_accounts_for_its_bytes()
    {
        var file = WarcFiles.Gzipped(MixedRecords());

        var items = Read(file);

        Assert.Equal([$"crawl.warc#{Page1}", $"crawl.warc#{Page2}"], items.Select(i => i.Source));
        Assert.All(items, i => Assert.IsType<RawItem>(i));
        Assert.InRange(items.Sum(i => i.InputBytes), 1, file.Length);
    }

    [Fact]
    public void A_chunked_gzipped_body_is_decoded_in_the_charset_its_headers_declare()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var html = windows1252.GetBytes("<html><body><p>Perché l’euro – 5 €</p></body></html>");
        var gzipped = WarcFiles.Gzip(html);
        var chunked = new MemoryStream();
        foreach (var part in new[] { gzipped[..10], gzipped[10..] })
        {
            chunked.Write(Encoding.ASCII.GetBytes($"{part.Length:x}\r\n"));
            chunked.Write(part);
            chunked.Write("\r\n"u8);
        }
        chunked.Write("0\r\n\r\n"u8);
        var record = WarcFiles.Response(Page1, "https://x.example/p", 200,
            "Content-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked.ToArray());

        var item = Assert.IsType<RawItem>(Assert.Single(Read(WarcFiles.Plain(record))));

        Assert.Equal("windows-1252", item.Encoding);
        Assert.Contains("Perché l’euro – 5 €", item.Text);
    }

    [Fact]
    public void A_wrong_charset_in_the_headers_does_not_spoil_a_utf8_page()
    {
        var record = WarcFiles.HtmlResponse(Page1, "https://x.example/p", "<html><body><p>Città “pronta”</p></body></html>", "text/html; charset=ISO-8859-1");

        var item = Assert.IsType<RawItem>(Assert.Single(Read(WarcFiles.Plain(record))));

        Assert.Contains("Città “pronta”", item.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_truncated_file_keeps_the_pages_before_and_ends_with_a_failure(bool gzipped)
    {
        var records = MixedRecords();
        var whole = gzipped ? WarcFiles.Gzipped(records) : WarcFiles.Plain(records);
        var lastLength = gzipped ? WarcFiles.Gzip(records[^1]).Length : records[^1].Length;
        var cut = whole[..(whole.Length - lastLength / 2)];

        var items = Read(cut);

        Assert.Equal($"crawl.warc#{Page1}", Assert.IsType<RawItem>(items[0]).Source);
        var failure = Assert.IsType<IngestFailure>(items[^1]);
        Assert.Equal("crawl.warc", failure.Source);
        Assert.Contains("truncated", failure.Reason);
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Bytes_that_are_not_a_warc_give_one_failure()
    {
        var failure = Assert.IsType<IngestFailure>(Assert.Single(Read("<html>not an archive</html>"u8.ToArray())));

        Assert.Contains("not a WARC file", failure.Reason);
    }

    [Fact]
    public void A_record_without_a_length_ends_the_file_after_the_pages_before_it()
    {
        var good = WarcFiles.HtmlResponse(Page1, "https://x.example/1", WarcFiles.Article("Uno"));
        var broken = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:nolength>\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"u8.ToArray();

        var items = Read(WarcFiles.Plain(good, broken, good));

        Assert.Equal(2, items.Count);
        Assert.IsType<RawItem>(items[0]);
        Assert.Contains("urn:uuid:nolength", Assert.IsType<IngestFailure>(items[1]).Reason);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_reported_by_record_and_the_rest_is_read()
    {
        var options = new IngestOptions { MaxArticleBytes = 2048 };
        var big = WarcFiles.HtmlResponse("urn:uuid:big", "https://x.example/big", WarcFiles.Article("Grande", paragraphs: 100));
        var small = WarcFiles.HtmlResponse(Page2, "https://x.example/small", "<html><body><p>Piccolo.</p></body></html>");

        var items = Read(WarcFiles.Gzipped(big, small), options);

        var failure = Assert.IsType<IngestFailure>(items[0]);
        Assert.Equal("crawl.warc#urn:uuid:big", failure.Source);
        Assert.Contains("https://x.example/big", failure.Reason);
        Assert.Contains("limit", failure.Reason);
        Assert.Equal($"crawl.warc#{Page2}", Assert.IsType<RawItem>(items[1]).Source);
    }

    [Fact]
    public void A_gzip_bomb_stops_the_file_with_a_failure_without_inflating_it()
    {
        // 200 MB of zeros declared as one page, compressed as it is generated: the bomb is never in memory whole.
        const long zeros = 200L * 1024 * 1024;
        var bomb = new MemoryStream();
        bomb.Write(WarcFiles.Gzipped(WarcFiles.HtmlResponse(Page1, "https://x.example/ok", "<html><body><p>Prima.</p></body></html>")));
        using (var gzip = new GZipStream(bomb, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:bomb>\r\nContent-Type: text/html\r\nContent-Length: {zeros}\r\n\r\n"));
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += chunk.Length)
                gzip.Write(chunk);
        }
        bomb.Position = 0;
        var options = new IngestOptions { MaxArticleBytes = 64 * 1024 };
        var counts = new WarcCounts();

        var items = new WarcReader(options).Read(bomb, "bomb.warc.gz", counts).ToList();

        Assert.Equal($"bomb.warc.gz#{Page1}", Assert.IsType<RawItem>(items[0]).Source);
        var failure = Assert.IsType<IngestFailure>(Assert.Single(items.Skip(1)));
        Assert.Equal("bomb.warc.gz", failure.Source);
        Assert.Contains("gzip bomb", failure.Reason);
        Assert.Equal(1, counts.Failures);
    }
}

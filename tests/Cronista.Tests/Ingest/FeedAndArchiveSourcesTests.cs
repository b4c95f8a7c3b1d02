using System.Text;
using Cronista.Ingest;
using Cronista.Tests.Ingest.Warc;

namespace Cronista.Tests.Ingest;

public sealed class FeedAndArchiveSourcesTests : IDisposable
{
    private const string PageId = "urn:uuid:11111111-2222-3333-4444-555555555555";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<IngestItem> Read(params string[] paths) => [.. new ArticleSources(new IngestOptions()).Read(paths)];

    internal static string FullText =>
        string.Concat(Enumerable.Repeat("Il consiglio comunale ha approvato il bilancio dopo una lunga discussione. ", 4));

    internal static string Rss => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Cronaca</title><link>https://giornale.example.it/</link><language>it-IT</language>
            <item>
              <title>Bilancio approvato</title>
              <link>https://giornale.example.it/2024/12/03/bilancio</link>
              <pubDate>Tue, 03 Dec 2024 23:30:00 +0100</pubDate>
              <content:encoded><![CDATA[<p>{FullText}</p>]]></content:encoded>
            </item>
            <item>
              <title>Solo un sommario</title>
              <link>https://giornale.example.it/2024/12/03/sommario</link>
              <description>Poche righe di anteprima.</description>
            </item>
          </channel>
        </rss>
        """;

    private static byte[] Warc() => WarcFiles.Gzipped(
        WarcFiles.WarcInfo("urn:uuid:info"),
        WarcFiles.Request("urn:uuid:req", "https://giornale.example.it/a"),
        WarcFiles.HtmlResponse(PageId, "https://giornale.example.it/a", WarcFiles.Article("Primo")));

    [Fact]
    public void A_folder_with_a_warc_and_feeds_gives_each_page_and_entry_its_own_source()
    {
        var warc = _folder.WriteBytes("a/crawl.warc.gz", Warc());
        var rss = _folder.Write("b/news.rss", Rss);
        _folder.Write("b/package.json", "{\"name\": \"not a feed\"}");
        _folder.Write("b/config.xml", "<configuration><setting/></configuration>");
        var json = _folder.Write("c/feed.json",
            $$"""{"version": "https://jsonfeed.org/version/1.1", "language": "en", "items": [{"id": "1", "url": "https://wire.example.com/1", "title": "Talks", "content_text": "{{FullText}}"}]}""");
        var sitemap = _folder.Write("c/sitemap.xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/a</loc></url></urlset>");

        var items = Read(_folder.Path);

        Assert.Equal([$"{warc}#{PageId}", $"{rss}#1", $"{rss}#2", $"{json}#1", sitemap], items.Select(i => i.Source));
        var page = Assert.IsType<RawItem>(items[0]);
        Assert.Equal("https://giornale.example.it/a", page.Hints.Url);
        var entry = Assert.IsType<RawItem>(items[1]);
        Assert.Equal(RawFormat.Html, entry.Format);
        Assert.Equal(new SourceHints(Url: "https://giornale.example.it/2024/12/03/bilancio", Published: new DateOnly(2024, 12, 3), Title: "Bilancio approvato", Language: "it"), entry.Hints);
        Assert.Contains(FullText, entry.Text);
        var summary = Assert.IsType<IngestFailure>(items[2]);
        Assert.Equal("feed item has only a summary (25 characters): fetch the page with `cronista ingest https://giornale.example.it/2024/12/03/sommario`", summary.Reason);
        Assert.Equal("en", Assert.IsType<RawItem>(items[3]).Hints.Language);
        Assert.Contains("sitemap lists pages to fetch (1 page)", Assert.IsType<IngestFailure>(items[4]).Reason);
        Assert.Contains("cronista ingest", ((IngestFailure)items[4]).Reason);
    }

    [Fact]
    public void A_broken_feed_is_one_failure_and_the_batch_goes_on()
    {
        var broken = _folder.Write("broken.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>x</entry></feed>");
        var good = _folder.Write("good.rss", Rss);

        var items = Read(broken, good);

        var failure = Assert.IsType<IngestFailure>(items[0]);
        Assert.Equal(broken, failure.Source);
        Assert.StartsWith("not a valid feed: the XML is broken at line 2", failure.Reason);
        Assert.IsType<RawItem>(items[1]);
    }

    [Fact]
    public void Explicitly_named_xml_that_is_no_feed_is_reported_and_a_gzipped_sitemap_is_recognised()
    {
        var other = _folder.Write("settings.xml", "<configuration/>");
        var sitemap = _folder.WriteBytes("sitemap.xml.gz", WarcFiles.Gzip(Encoding.UTF8.GetBytes("<sitemapindex><sitemap><loc>https://x.example/s1.xml</loc></sitemap></sitemapindex>")));

        var items = Read(other, sitemap);

        Assert.Contains("neither a feed", Assert.IsType<IngestFailure>(items[0]).Reason);
        Assert.Contains("(1 sitemap)", Assert.IsType<IngestFailure>(items[1]).Reason);
    }

    [Fact]
    public void A_warc_file_is_read_whole_in_item_order_with_its_bytes_accounted()
    {
        var path = _folder.WriteBytes("plain.warc", WarcFiles.Plain(
            WarcFiles.HtmlResponse("urn:uuid:1", "https://x.example/1", WarcFiles.Article("Uno")),
            WarcFiles.HtmlResponse("urn:uuid:2", "https://x.example/2", WarcFiles.Article("Due"))));

        var items = Read(path);

        Assert.Equal([$"{path}#urn:uuid:1", $"{path}#urn:uuid:2"], items.Select(i => i.Source));
        Assert.InRange(items.Sum(i => i.InputBytes), 1, new FileInfo(path).Length);
    }
}

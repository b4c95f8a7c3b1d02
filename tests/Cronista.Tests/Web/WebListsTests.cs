using Cronista.Ingest;
using Cronista.Web;
using Microsoft.AspNetCore.Http;
using static Cronista.Tests.Web.WebSourcesTests;

namespace Cronista.Tests.Web;

/// <summary>Feeds and sitemaps read over HTTP: the pages they list, what is skipped, and what fails alone.</summary>
public sealed class WebListsTests : IAsyncLifetime
{
    private static readonly FetchOptions Local = LocalFetch.Options with { MaxRetries = 0 };

    private LocalWebServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void A_feed_gives_its_pages_with_the_feed_titles_and_dates_and_skips_those_already_held()
    {
        MapPages(3);
        _server.MapText("/feed.xml", Rss(3), "application/rss+xml");
        var held = _server.Url("/news/2").AbsoluteUri;
        var report = new WebReadReport();

        var items = Read(Local, new WebReadOptions { IsKnown = url => url == held }, report, _server.Url("/feed.xml").AbsoluteUri);

        var pages = items.Select(i => Assert.IsType<RawItem>(i)).OrderBy(i => i.Source, StringComparer.Ordinal).ToList();
        Assert.Equal([_server.Url("/news/1").AbsoluteUri, _server.Url("/news/3").AbsoluteUri], pages.Select(p => p.Source));
        Assert.Equal("Story 1", pages[0].Hints.Title);
        Assert.Equal(new DateOnly(2026, 12, 1), pages[0].Hints.Published);
        Assert.Contains("Body of story 1", pages[0].Text);
        Assert.Equal(1, report.Known);
        Assert.Equal(0, _server.CountOf("/news/2"));
    }

    [Fact]
    public void A_feed_unchanged_since_the_last_read_is_not_read_again()
    {
        MapPages(1);
        _server.Map("/feed.xml", async context =>
        {
            context.Response.Headers.ETag = "\"r1\"";
            if (context.Request.Headers.IfNoneMatch == "\"r1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss(1));
        });
        var feed = _server.Url("/feed.xml").AbsoluteUri;
        var first = new WebReadReport();
        Read(Local, new WebReadOptions(), first, feed);
        var second = new WebReadReport();

        var items = Read(Local, new WebReadOptions { ValidatorsOf = url => first.Validators.GetValueOrDefault(url) }, second, feed);

        Assert.Empty(items);
        Assert.Equal("\"r1\"", first.Validators[feed].ETag);
        Assert.Equal([feed], second.NotModified);
        Assert.Equal(1, _server.CountOf("/news/1"));
    }

    [Fact]
    public void A_listed_page_that_cannot_be_fetched_is_read_from_the_feeds_own_copy()
    {
        var body = string.Concat(Enumerable.Repeat("The article as the feed carries it. ", 10));
        _server.MapText("/feed.xml", $"""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
            <item><title>Gone</title><link>/news/gone</link><content:encoded><![CDATA[<p>{body}</p>]]></content:encoded></item>
            </channel></rss>
            """, "application/rss+xml");

        var item = Assert.IsType<RawItem>(Assert.Single(Read(Local, _server.Url("/feed.xml").AbsoluteUri)));

        Assert.Equal(_server.Url("/news/gone").AbsoluteUri, item.Source);
        Assert.Contains("The article as the feed carries it.", item.Text);
    }

    [Fact]
    public void A_sitemap_index_is_followed_to_the_pages_of_its_sitemaps()
    {
        MapPages(3);
        _server.MapText("/sitemap.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>{_server.Url("/sitemap-a.xml")}</loc></sitemap>
              <sitemap><loc>{_server.Url("/sitemap-b.xml")}</loc></sitemap>
            </sitemapindex>
            """, "application/xml");
        _server.MapText("/sitemap-a.xml", UrlSet(1, 2), "application/xml");
        _server.MapText("/sitemap-b.xml", UrlSet(3), "application/xml");

        var items = Read(Local, _server.Url("/sitemap.xml").AbsoluteUri);

        Assert.Equal(["/news/1", "/news/2", "/news/3"], items.Select(i => new Uri(Assert.IsType<RawItem>(i).Source).AbsolutePath).Order());
    }

    [Fact]
    public void A_feed_that_is_not_valid_xml_fails_alone()
    {
        MapPages(1);
        _server.MapText("/bad.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>unclosed", "application/rss+xml");
        _server.MapText("/feed.xml", Rss(1), "application/rss+xml");

        var items = Read(Local, _server.Url("/bad.xml").AbsoluteUri, _server.Url("/feed.xml").AbsoluteUri);

        Assert.Equal(2, items.Count);
        Assert.Equal(_server.Url("/bad.xml").AbsoluteUri, Failure(items[0]).Source);
        Assert.IsType<RawItem>(items[1]);
    }

    [Fact]
    public void No_more_pages_are_read_from_a_list_than_the_limit()
    {
        MapPages(5);
        _server.MapText("/feed.xml", Rss(5), "application/rss+xml");

        var items = Read(Local, new WebReadOptions { MaxPagesPerList = 2 }, new WebReadReport(), _server.Url("/feed.xml").AbsoluteUri);

        Assert.Equal(2, items.Count);
    }

    private void MapPages(int count)
    {
        for (var i = 1; i <= count; i++)
            _server.MapText($"/news/{i}", $"<html><head><title>Story {i}</title></head><body><article><p>Body of story {i}.</p></article></body></html>");
    }

    private static string Rss(int count) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>News</title><link>/</link>
        {string.Concat(Enumerable.Range(1, count).Select(i =>
            $"<item><title>Story {i}</title><link>/news/{i}</link><pubDate>{new DateTime(2026, 12, i, 9, 0, 0).ToString("ddd, dd MMM yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} +0100</pubDate></item>"))}
        </channel></rss>
        """;

    private string UrlSet(params int[] pages) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        {string.Concat(pages.Select(i => $"<url><loc>{_server.Url($"/news/{i}")}</loc></url>"))}
        </urlset>
        """;
}

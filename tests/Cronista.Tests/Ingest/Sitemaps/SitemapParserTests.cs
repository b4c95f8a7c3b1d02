using System.IO.Compression;
using System.Text;
using Cronista.Ingest.Sitemaps;

namespace Cronista.Tests.Ingest.Sitemaps;

public sealed class SitemapParserTests
{
    private static Sitemap Parse(string xml, Uri? url = null) =>
        SitemapParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), url);

    [Fact]
    public void A_sitemap_index_lists_sitemaps_with_their_dates()
    {
        var sitemap = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example.org/sitemap-1.xml.gz</loc><lastmod>2024-12-03T10:00:00+01:00</lastmod></sitemap>
              <sitemap><loc>https://news.example.org/sitemap-2.xml</loc></sitemap>
            </sitemapindex>
            """);

        Assert.Equal(SitemapKind.Index, sitemap.Kind);
        Assert.Equal(2, sitemap.Entries.Count);
        Assert.Equal("https://news.example.org/sitemap-1.xml.gz", sitemap.Entries[0].Url);
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 10, 0, 0, TimeSpan.FromHours(1)), sitemap.Entries[0].LastModified);
        Assert.Null(sitemap.Entries[1].LastModified);
    }

    [Fact]
    public void A_url_set_lists_pages_resolving_relative_locations_and_skipping_empty_ones()
    {
        var sitemap = Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.com/a</loc><lastmod>2024-11-30</lastmod><changefreq>daily</changefreq></url>
              <url><loc>/b</loc></url>
              <url><priority>0.5</priority></url>
            </urlset>
            """, new Uri("https://example.com/sitemap.xml"));

        Assert.Equal(SitemapKind.UrlSet, sitemap.Kind);
        Assert.Equal(["https://example.com/a", "https://example.com/b"], sitemap.Entries.Select(e => e.Url));
        Assert.Equal(new DateTimeOffset(2024, 11, 30, 0, 0, 0, TimeSpan.Zero), sitemap.Entries[0].LastModified);
    }

    [Fact]
    public void A_news_sitemap_gives_publication_language_title_and_date()
    {
        var sitemap = Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url>
                <loc>https://giornale.example.it/2024/12/03/vertice</loc>
                <news:news>
                  <news:publication><news:name>Il Giornale d'Esempio</news:name><news:language>it</news:language></news:publication>
                  <news:publication_date>2024-12-03T08:30:00+01:00</news:publication_date>
                  <news:title>Vertice a Roma</news:title>
                </news:news>
              </url>
            </urlset>
            """);

        var news = Assert.Single(sitemap.Entries).News;
        Assert.NotNull(news);
        Assert.Equal("Il Giornale d'Esempio", news.PublicationName);
        Assert.Equal("it", news.Language);
        Assert.Equal("Vertice a Roma", news.Title);
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 8, 30, 0, TimeSpan.FromHours(1)), news.Published);
    }

    [Fact]
    public void A_gzipped_sitemap_is_decompressed()
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes("<urlset><url><loc>https://example.com/z</loc></url></urlset>"));
        compressed.Position = 0;

        var sitemap = SitemapParser.Parse(compressed, null);

        Assert.Equal("https://example.com/z", Assert.Single(sitemap.Entries).Url);
    }

    [Fact]
    public void Broken_xml_and_other_documents_are_refused_with_a_reason()
    {
        var broken = Assert.Throws<SitemapFormatException>(() => Parse("<urlset>\n<url><loc>https://x.example/</loc></uurl>\n</urlset>"));
        Assert.StartsWith("not a valid sitemap: the XML is broken at line 2", broken.Message);
        Assert.IsAssignableFrom<FormatException>(broken);

        var feed = Assert.Throws<SitemapFormatException>(() => Parse("<rss version=\"2.0\"><channel/></rss>"));
        Assert.Contains("root element is <rss>", feed.Message);
    }

    [Fact]
    public void Doctype_entities_are_not_expanded()
    {
        Assert.Throws<SitemapFormatException>(() => Parse("""
            <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <urlset><url><loc>&x;</loc></url></urlset>
            """));
    }
}

using System.Text;
using Cronista.Ingest;

namespace Cronista.Tests.Ingest;

public sealed class ContentSnifferTests
{
    private static ContentKind Sniff(string? mediaType, string head) => ContentSniffer.Sniff(mediaType, Encoding.UTF8.GetBytes(head));

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- generated -->\n<rss version=\"2.0\"><channel/></rss>", ContentKind.Feed)]
    [InlineData("\uFEFF  <feed xmlns=\"http://www.w3.org/2005/Atom\">", ContentKind.Feed)]
    [InlineData("<?xml version=\"1.0\"?><?xml-stylesheet href=\"a.xsl\"?><rdf:RDF xmlns:rdf=\"x\">", ContentKind.Feed)]
    [InlineData("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">", ContentKind.Sitemap)]
    [InlineData("<sitemapindex>", ContentKind.Sitemap)]
    [InlineData("<!DOCTYPE html><html lang=\"it\">", ContentKind.Html)]
    [InlineData("<!doctype rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x\"><rss version=\"0.91\">", ContentKind.Feed)]
    [InlineData("\n<html><body>", ContentKind.Html)]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"x\"}", ContentKind.Feed)]
    [InlineData("{\"version\":\"https:\\/\\/jsonfeed.org\\/version\\/1\"}", ContentKind.Feed)]
    [InlineData("{\"name\": \"package\"}", ContentKind.Other)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">", ContentKind.Other)]
    [InlineData("Just some words.", ContentKind.Other)]
    public void Without_a_media_type_the_bytes_decide(string head, ContentKind expected) =>
        Assert.Equal(expected, Sniff(null, head));

    [Theory]
    [InlineData("text/html; charset=utf-8", "whatever", ContentKind.Html)]
    [InlineData("application/xhtml+xml", "<html>", ContentKind.Html)]
    [InlineData("application/rss+xml", "<rss>", ContentKind.Feed)]
    [InlineData("application/atom+xml; charset=utf-8", "<feed>", ContentKind.Feed)]
    [InlineData("application/feed+json", "{}", ContentKind.Feed)]
    [InlineData("application/json", "{\"version\": \"https://jsonfeed.org/version/1\"}", ContentKind.Feed)]
    [InlineData("application/json", "{\"items\": []}", ContentKind.Other)]
    [InlineData("text/xml", "<?xml version=\"1.0\"?><urlset>", ContentKind.Sitemap)]
    [InlineData("application/xml", "<rss version=\"2.0\">", ContentKind.Feed)]
    [InlineData("application/xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\">", ContentKind.Html)]
    [InlineData("image/png", "<rss>", ContentKind.Other)]
    [InlineData("application/octet-stream", "<rss>", ContentKind.Feed)]
    public void The_media_type_decides_unless_it_is_generic(string mediaType, string head, ContentKind expected) =>
        Assert.Equal(expected, Sniff(mediaType, head));

    [Fact]
    public void Gzipped_bytes_are_other_whatever_the_type_says() =>
        Assert.Equal(ContentKind.Other, ContentSniffer.Sniff("text/html", [0x1F, 0x8B, 8, 0, 0, 0]));

    [Fact]
    public void A_utf16_feed_is_recognised_by_its_root()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><feed>")).ToArray();

        Assert.Equal(ContentKind.Feed, ContentSniffer.Sniff(null, bytes));
    }
}

using System.Text;
using Cronista.Ingest.Feeds;

namespace Cronista.Tests.Ingest.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://news.example.org/feeds/world.xml");

    private static Feed Parse(string text, Uri? url = null, string? charset = null) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(text), charset, url ?? FeedUrl);

    [Fact]
    public void Rss_2_items_give_content_encoded_dc_creator_dates_and_absolute_links()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Notizie dal mondo</title>
                <link>https://news.example.org/</link>
                <language>it-IT</language>
                <item>
                  <title>Vertice a Roma</title>
                  <link>/2024/12/03/vertice.html</link>
                  <description>&lt;p&gt;Breve.&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>Il testo &lt;integrale&gt; del vertice.</p>]]></content:encoded>
                  <dc:creator>Maria Rossi</dc:creator>
                  <pubDate>Tue, 03 Dec 2024 23:30:00 +0100</pubDate>
                </item>
                <item>
                  <title>Seconda notizia</title>
                  <guid isPermaLink="true">https://news.example.org/b</guid>
                  <dc:date>2024-12-02T08:00:00Z</dc:date>
                </item>
              </channel>
            </rss>
            """);

        Assert.Equal("Notizie dal mondo", feed.Title);
        Assert.Equal("it-IT", feed.Language);
        Assert.Equal(2, feed.Entries.Count);
        var first = feed.Entries[0];
        Assert.Equal("https://news.example.org/2024/12/03/vertice.html", first.Url);
        Assert.Equal("Vertice a Roma", first.Title);
        Assert.Equal("Maria Rossi", first.Author);
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 23, 30, 0, TimeSpan.FromHours(1)), first.Published);
        Assert.Equal(TimeSpan.FromHours(1), first.Published!.Value.Offset);
        Assert.Equal("it-IT", first.Language);
        Assert.Equal("<p>Breve.</p>", first.Summary);
        // Escaped text inside the content stays escaped: it is not decoded a second time into markup.
        Assert.Equal("<p>Il testo &lt;integrale&gt; del vertice.</p>", first.ContentHtml);
        var second = feed.Entries[1];
        Assert.Equal("https://news.example.org/b", second.Url);
        Assert.Equal(new DateTimeOffset(2024, 12, 2, 8, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Null(second.ContentHtml);
    }

    [Fact]
    public void Rss_1_items_are_read_with_dublin_core()
    {
        var feed = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.de/"><title>Nachrichten</title><link>https://example.de/</link><dc:language>de</dc:language></channel>
              <item rdf:about="https://example.de/a">
                <title>Berlin stimmt zu</title>
                <link>https://example.de/a</link>
                <description>Kurz.</description>
                <dc:creator>Hans Müller</dc:creator>
                <dc:date>2024-11-30T18:00:00+01:00</dc:date>
              </item>
            </rdf:RDF>
            """, url: null);

        Assert.Equal("Nachrichten", feed.Title);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal("https://example.de/a", entry.Url);
        Assert.Equal("Berlin stimmt zu", entry.Title);
        Assert.Equal("Hans Müller", entry.Author);
        Assert.Equal("de", entry.Language);
        Assert.Equal(new DateTimeOffset(2024, 11, 30, 18, 0, 0, TimeSpan.FromHours(1)), entry.Published);
    }

    [Fact]
    public void Atom_entries_take_the_alternate_link_xml_lang_xml_base_author_and_xhtml_content()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="https://presse.example.fr/actu/">
              <title>Actualités</title>
              <author><name>Rédaction</name></author>
              <entry>
                <title>Le sommet de Paris</title>
                <link rel="self" href="https://presse.example.fr/api/1"/>
                <link rel="alternate" type="text/html" href="sommet.html"/>
                <id>tag:presse.example.fr,2024:1</id>
                <updated>2024-12-01T10:00:00+01:00</updated>
                <published>2024-11-30T09:00:00+01:00</published>
                <summary>Un résumé.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le <b>texte</b> entier.</p></div></content>
              </entry>
              <entry xml:lang="en">
                <title>Only updated</title>
                <link href="/en/only.html"/>
                <id>tag:presse.example.fr,2024:2</id>
                <author><name>Jane Doe</name></author>
                <updated>2024-12-02T07:00:00Z</updated>
                <content type="html">&lt;p&gt;Some &amp;amp; more.&lt;/p&gt;</content>
              </entry>
            </feed>
            """, url: null);

        Assert.Equal("Actualités", feed.Title);
        Assert.Equal("fr", feed.Language);
        var first = feed.Entries[0];
        Assert.Equal("https://presse.example.fr/actu/sommet.html", first.Url);
        Assert.Equal("Rédaction", first.Author);
        Assert.Equal("fr", first.Language);
        Assert.Equal(new DateTimeOffset(2024, 11, 30, 9, 0, 0, TimeSpan.FromHours(1)), first.Published);
        Assert.Equal("<p>Un résumé.</p>", first.Summary);
        Assert.Contains("<b", first.ContentHtml);
        Assert.Contains("texte</b> entier.</p>", first.ContentHtml);
        var second = feed.Entries[1];
        Assert.Equal("https://presse.example.fr/en/only.html", second.Url);
        Assert.Equal("Jane Doe", second.Author);
        Assert.Equal("en", second.Language);
        Assert.Equal(new DateTimeOffset(2024, 12, 2, 7, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Equal("<p>Some &amp; more.</p>", second.ContentHtml);
    }

    [Fact]
    public void Json_feed_1_1_items_are_read_with_relative_urls_resolved()
    {
        var feed = Parse("""
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Wire",
              "language": "en",
              "authors": [{"name": "Desk"}],
              "items": [
                {"id": "1", "url": "/stories/1", "title": "Talks resume", "content_html": "<p>Full story.</p>",
                 "summary": "Short.", "date_published": "2024-12-03T22:15:00-05:00"},
                {"id": "2", "external_url": "https://other.example.com/x", "content_text": "Line one.\n\nLine <two>.",
                 "date_modified": "2024-12-04T01:00:00Z", "language": "de", "authors": [{"name": "Anna"}]}
              ]
            }
            """);

        Assert.Equal("Wire", feed.Title);
        Assert.Equal("en", feed.Language);
        var first = feed.Entries[0];
        Assert.Equal("https://news.example.org/stories/1", first.Url);
        Assert.Equal("Desk", first.Author);
        Assert.Equal("<p>Full story.</p>", first.ContentHtml);
        Assert.Equal("Short.", first.Summary);
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 22, 15, 0, TimeSpan.FromHours(-5)), first.Published);
        var second = feed.Entries[1];
        Assert.Equal("https://other.example.com/x", second.Url);
        Assert.Equal("Anna", second.Author);
        Assert.Equal("de", second.Language);
        Assert.Equal("<p>Line one.</p>\n<p>Line &lt;two&gt;.</p>", second.ContentHtml);
    }

    [Fact]
    public void Json_feed_1_0_author_is_read()
    {
        var feed = Parse("""{"version": "https://jsonfeed.org/version/1", "author": {"name": "Solo"}, "items": [{"id": "a", "url": "https://x.example/a"}]}""");

        Assert.Equal("Solo", Assert.Single(feed.Entries).Author);
    }

    [Fact]
    public void Broken_xml_is_reported_with_line_and_position()
    {
        var e = Assert.Throws<FeedFormatException>(() => Parse("<rss version=\"2.0\">\n<channel>\n<title>Oops</titel>\n</channel></rss>"));

        Assert.StartsWith("not a valid feed: the XML is broken at line 3, position", e.Message);
        Assert.IsAssignableFrom<FormatException>(e);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_refused_by_name()
    {
        var e = Assert.Throws<FeedFormatException>(() => Parse("<urlset><url><loc>https://x.example/</loc></url></urlset>"));

        Assert.Contains("root element is <urlset>", e.Message);
    }

    [Fact]
    public void Json_that_is_not_a_feed_is_refused()
    {
        Assert.Contains("not a JSON Feed", Assert.Throws<FeedFormatException>(() => Parse("{\"name\": \"x\"}")).Message);
        Assert.Contains("line 1", Assert.Throws<FeedFormatException>(() => Parse("{\"version\": ")).Message);
    }

    [Fact]
    public void A_doctype_is_ignored_and_its_entities_never_expanded()
    {
        var e = Assert.Throws<FeedFormatException>(() => Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>&b;</title></channel></rss>
            """));

        Assert.Contains("entity", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_legacy_encoding_named_in_the_declaration_is_honoured()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = windows1252.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>Caffè – 5 €</title>"
            + "<item><title>L’ultima</title><link>https://x.example/a</link></item></channel></rss>");

        var feed = FeedParser.Parse(bytes, null, null);

        Assert.Equal("Caffè – 5 €", feed.Title);
        Assert.Equal("L’ultima", Assert.Single(feed.Entries).Title);
    }
}

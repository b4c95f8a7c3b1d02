using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Cronista.Ingest.Feeds;

namespace Cronista.Ingest.Sitemaps;

/// <summary>Reads a sitemap or sitemap index, streaming, gzipped or not.</summary>
/// <remarks>Entries are read one &lt;url&gt; or &lt;sitemap&gt; element at a time, so memory follows the number of
/// entries, not the size of the markup. XML is read without DTD processing or external resolution.</remarks>
public static class SitemapParser
{
    /// <summary>The most a sitemap may hold uncompressed: 50 MB by the sitemaps.org protocol, with some slack.</summary>
    public const long MaxSitemapBytes = 64L * 1024 * 1024;

    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>The sitemap the stream holds; a gzipped stream (.xml.gz) is decompressed on the way.</summary>
    /// <param name="stream">The sitemap; it is read to the end but not closed.</param>
    /// <param name="sitemapUrl">Where it was read from, to resolve relative locations (the protocol forbids them, some
    /// sites write them anyway); null when unknown.</param>
    /// <exception cref="SitemapFormatException">Broken XML or gzip, not a sitemap, or larger than <see cref="MaxSitemapBytes"/>.</exception>
    public static Sitemap Parse(Stream stream, Uri? sitemapUrl)
    {
        var head = new byte[2];
        var length = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        Stream input = new PrefixedStream(head, length, new NonClosing(stream));
        if (length == 2 && head[0] == 0x1F && head[1] == 0x8B)
            input = new GZipStream(input, CompressionMode.Decompress);
        using (input)
        {
            try
            {
                using var reader = XmlReader.Create(new LimitedStream(input, MaxSitemapBytes), SafeXml.Settings());
                return Read(reader, sitemapUrl);
            }
            catch (XmlException e)
            {
                throw new SitemapFormatException($"not a valid sitemap: the XML is broken {SafeXml.Describe(e)}", e);
            }
            catch (InvalidDataException e)
            {
                throw new SitemapFormatException("not a valid sitemap: the gzip data is broken and cannot be decompressed", e);
            }
            catch (LimitedStream.LimitExceededException)
            {
                throw new SitemapFormatException(
                    $"the sitemap is larger than {ByteSizes.Format(MaxSitemapBytes)} uncompressed; the sitemaps.org protocol allows 50 MB, so split it");
            }
        }
    }

    private static Sitemap Read(XmlReader reader, Uri? sitemapUrl)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
            throw new SitemapFormatException("not a sitemap: the XML has no root element");
        var (kind, child) = reader.LocalName switch
        {
            "urlset" => (SitemapKind.UrlSet, "url"),
            "sitemapindex" => (SitemapKind.Index, "sitemap"),
            var other => throw new SitemapFormatException(
                $"not a sitemap: the XML's root element is <{other}>, where a sitemap has <urlset> or <sitemapindex>"),
        };
        var entries = new List<SitemapEntry>();
        if (reader.IsEmptyElement)
            return new Sitemap(kind, entries);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == child)
            {
                // One entry at a time: small, whatever the size of the sitemap.
                if (XNode.ReadFrom(reader) is XElement element && Entry(element, sitemapUrl) is { } entry)
                    entries.Add(entry);
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }
        return new Sitemap(kind, entries);
    }

    private static SitemapEntry? Entry(XElement element, Uri? sitemapUrl)
    {
        var url = WebLinks.Absolute(Child(element, "loc"), sitemapUrl);
        if (url is null)
            return null;
        var news = element.Elements().FirstOrDefault(e => e.Name == News + "news");
        return new SitemapEntry(url, FeedDates.Parse(Child(element, "lastmod")), news is null ? null : NewsOf(news));
    }

    private static SitemapNews NewsOf(XElement news)
    {
        var publication = news.Element(News + "publication");
        return new SitemapNews(
            Value(publication?.Element(News + "name")),
            Value(publication?.Element(News + "language")) ?? Value(news.Element(News + "language")),
            Value(news.Element(News + "title")),
            FeedDates.Parse(Value(news.Element(News + "publication_date"))));
    }

    /// <summary>A child's text, matched by local name: sitemaps are written with and without their namespace.</summary>
    private static string? Child(XElement element, string name) =>
        Value(element.Elements().FirstOrDefault(e => e.Name.LocalName == name));

    private static string? Value(XElement? element) =>
        string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();
}

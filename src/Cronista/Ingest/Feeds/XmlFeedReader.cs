using System.Net;
using System.Xml.Linq;
using CodeHollow.FeedReader.Feeds;

namespace Cronista.Ingest.Feeds;

/// <summary>Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds from a parsed XML document.</summary>
/// <remarks>CodeHollow.FeedReader reads each item's common fields. What it gets wrong for news is read here from the
/// XML itself: it HTML-decodes content that XML already decoded (so escaped markup would turn into tags), flattens
/// Atom XHTML content to text, takes an Atom entry's first link whatever its rel, converts dates to UTC (moving
/// evening articles to the next day), ignores xml:lang and xml:base, and finds namespaced elements only under their
/// usual prefixes.</remarks>
internal static class XmlFeedReader
{
    private static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The feed the document holds.</summary>
    /// <exception cref="FeedFormatException">The root element is not a feed's.</exception>
    public static Feed Read(XDocument document, Uri? feedUrl)
    {
        var root = document.Root ?? throw new FeedFormatException("not a feed: the XML document is empty");
        return root.Name.LocalName.ToLowerInvariant() switch
        {
            "rss" => ReadRss(root, feedUrl),
            "feed" => ReadAtom(root, feedUrl),
            "rdf" => ReadRdf(root, feedUrl),
            _ => throw new FeedFormatException(
                $"not a feed: the XML's root element is <{root.Name.LocalName}>, where an RSS or Atom feed has <rss>, <feed> or <rdf:RDF>"),
        };
    }

    private static Feed ReadRss(XElement root, Uri? feedUrl)
    {
        var channel = root.Element("channel") ?? throw new FeedFormatException("not a valid RSS feed: <rss> has no <channel> element");
        var language = Text(channel.Element("language")) ?? Text(channel.Element(Dc + "language"));
        // RSS has no xml:base: relative links are taken relative to the feed, else to the site it names.
        var baseUri = feedUrl ?? WebLinks.Rebase(null, Text(channel.Element("link")));
        var entries = channel.Elements("item").Select(item =>
        {
            var read = Guarded(() => new Rss20FeedItem(item));
            var guid = item.Element("guid");
            var permalink = guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase) ? Text(guid) : null;
            return new FeedEntry(
                WebLinks.Absolute(read?.Link ?? Text(item.Element("link")), baseUri) ?? WebLinks.Absolute(permalink, baseUri),
                Clean(read?.Title) ?? Text(item.Element("title")),
                Clean(read?.DC?.Creator) ?? Text(item.Element(Dc + "creator")) ?? Clean(read?.Author),
                FeedDates.Parse(read?.PublishingDateString ?? Text(item.Element("pubDate"))) ?? FeedDates.Parse(Text(item.Element(Dc + "date"))),
                Text(item.Element(Dc + "language")) ?? language,
                Clean(read?.Description) ?? Text(item.Element("description")),
                Text(item.Element(Content + "encoded")));
        });
        return new Feed(Text(channel.Element("title")), language, [.. entries]);
    }

    private static Feed ReadRdf(XElement root, Uri? feedUrl)
    {
        var channel = root.Element(Rss1 + "channel");
        var language = Text(channel?.Element(Dc + "language"));
        var baseUri = feedUrl ?? WebLinks.Rebase(null, Text(channel?.Element(Rss1 + "link")));
        var entries = root.Elements(Rss1 + "item").Select(item =>
        {
            var read = Guarded(() => new Rss10FeedItem(item));
            return new FeedEntry(
                WebLinks.Absolute(read?.Link ?? Text(item.Element(Rss1 + "link")), baseUri),
                Clean(read?.Title) ?? Text(item.Element(Rss1 + "title")),
                Clean(read?.DC?.Creator) ?? Text(item.Element(Dc + "creator")),
                FeedDates.Parse(read?.DC?.DateString ?? Text(item.Element(Dc + "date"))),
                Text(item.Element(Dc + "language")) ?? language,
                Clean(read?.Description) ?? Text(item.Element(Rss1 + "description")),
                Text(item.Element(Content + "encoded")));
        });
        return new Feed(Text(channel?.Element(Rss1 + "title")), language, [.. entries]);
    }

    private static Feed ReadAtom(XElement root, Uri? feedUrl)
    {
        var atom = root.Name.Namespace == Atom03 ? Atom03 : root.Name.Namespace;
        var feedBase = Based(root, feedUrl)
            ?? WebLinks.Rebase(null, Links(root, atom, "self").FirstOrDefault() ?? Links(root, atom, "alternate").FirstOrDefault());
        var feedAuthor = Text(root.Element(atom + "author")?.Element(atom + "name"));
        var entries = root.Elements(atom + "entry").Select(entry =>
        {
            var read = Guarded(() => new AtomFeedItem(entry));
            var entryBase = Based(entry, feedBase);
            var link = read?.Links?.FirstOrDefault(l => l.Relation is null or "alternate" && l.Href is not null)?.Href
                ?? Links(entry, atom, "alternate").FirstOrDefault();
            var content = entry.Element(atom + "content");
            return new FeedEntry(
                WebLinks.Absolute(link, entryBase),
                Clean(read?.Title) ?? Text(entry.Element(atom + "title")),
                Clean(read?.Author?.Name) ?? Text(entry.Element(atom + "author")?.Element(atom + "name")) ?? feedAuthor,
                FeedDates.Parse(Text(entry.Element(atom + "published")) ?? Text(entry.Element(atom + "issued")))
                    ?? FeedDates.Parse(Text(entry.Element(atom + "updated")) ?? Text(entry.Element(atom + "modified"))),
                Language(content) ?? Language(entry),
                AtomHtml(entry.Element(atom + "summary")),
                AtomHtml(content));
        });
        return new Feed(Text(root.Element(atom + "title")), Language(root), [.. entries]);
    }

    /// <summary>The item as FeedReader reads it; null where it fails on an odd item, which is then read from the XML alone,
    /// so one malformed entry does not cost the whole feed.</summary>
    private static T? Guarded<T>(Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The hrefs of an Atom element's links with the given rel (a link without rel is "alternate", RFC 4287 §4.2.7.2).</summary>
    private static IEnumerable<string> Links(XElement element, XNamespace atom, string rel) =>
        element.Elements(atom + "link")
            .Where(l => ((string?)l.Attribute("rel") ?? "alternate") == rel)
            .Select(l => (string?)l.Attribute("href"))
            .OfType<string>();

    /// <summary>The base for an element's links: its xml:base resolved against the one it inherits.</summary>
    private static Uri? Based(XElement element, Uri? inherited) =>
        WebLinks.Rebase(inherited, (string?)element.Attribute(XNamespace.Xml + "base"));

    /// <summary>The xml:lang in force on an element: its own or the nearest ancestor's.</summary>
    private static string? Language(XElement? element) =>
        element?.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "lang")).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim();

    /// <summary>An Atom text construct as HTML (RFC 4287 §3.1): XHTML inlined, HTML as it is, text escaped; null for
    /// content kept elsewhere (src) or of another media type.</summary>
    private static string? AtomHtml(XElement? element)
    {
        if (element is null || element.Attribute("src") is not null)
            return null;
        var type = ((string?)element.Attribute("type") ?? "text").Trim().ToLowerInvariant();
        if (type is "xhtml" or "application/xhtml+xml")
        {
            var holder = element.Element(Xhtml + "div") ?? element;
            var markup = string.Concat(holder.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.IsNullOrWhiteSpace(markup) ? null : markup.Trim();
        }
        var value = Text(element);
        if (value is null)
            return null;
        if (type is "html" or "text/html")
            return value;
        return type is "text" || type.StartsWith("text/", StringComparison.Ordinal) ? PlainTextHtml.From(value) : null;
    }

    private static string? Text(XElement? element) => Clean(element?.Value);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

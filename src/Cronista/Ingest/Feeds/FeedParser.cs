using System.Xml;

namespace Cronista.Ingest.Feeds;

/// <summary>Reads a news feed (RSS 0.9x/2.0, RSS 1.0, Atom, JSON Feed) from its bytes into its entries.</summary>
/// <remarks>The caller bounds the size: the whole feed is held in memory. XML is read without DTD processing or any
/// external resolution.</remarks>
public static class FeedParser
{
    /// <summary>The feed the bytes hold.</summary>
    /// <param name="bytes">The feed as fetched or stored.</param>
    /// <param name="declaredCharset">The charset the transport declared (HTTP Content-Type), or null.</param>
    /// <param name="feedUrl">Where the feed was read from, to make relative links absolute; null when unknown.</param>
    /// <exception cref="FeedFormatException">The bytes are broken XML or JSON, or not a feed.</exception>
    public static Feed Parse(ReadOnlySpan<byte> bytes, string? declaredCharset, Uri? feedUrl) =>
        Parse(bytes, declaredCharset, feedUrl, out _);

    /// <summary>The feed the bytes hold, and the encoding its text was read in.</summary>
    internal static Feed Parse(ReadOnlySpan<byte> bytes, string? declaredCharset, Uri? feedUrl, out string encoding)
    {
        var text = HtmlDecoding.Decode(bytes, declaredCharset, out encoding);
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
            throw new FeedFormatException("not a feed: the file is empty");
        if (start[0] == '{')
            return JsonFeedReader.Read(text, feedUrl);
        if (start[0] != '<')
            throw new FeedFormatException("not a feed: it starts with neither '<' (RSS, Atom) nor '{' (JSON Feed)");
        System.Xml.Linq.XDocument document;
        try
        {
            // An XML declaration must come first: blank lines some servers put before it would make the XML invalid.
            document = SafeXml.Load(text.TrimStart());
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"not a valid feed: the XML is broken {SafeXml.Describe(e)}", e);
        }
        return XmlFeedReader.Read(document, feedUrl);
    }
}

using System.Text;
using CsCheck;
using Cronista.Ingest;
using Cronista.Ingest.Feeds;
using Cronista.Ingest.Sitemaps;
using Cronista.Ingest.Warc;

namespace Cronista.Tests.Ingest.Warc;

public sealed class WarcPropertyTests
{
    private static readonly byte[] Plain = WarcFiles.Plain(
        WarcFiles.WarcInfo("urn:uuid:info"),
        WarcFiles.HtmlResponse("urn:uuid:1", "https://x.example/1", WarcFiles.Article("Uno", paragraphs: 1)),
        WarcFiles.Request("urn:uuid:req", "https://x.example/2"),
        WarcFiles.HtmlResponse("urn:uuid:2", "https://x.example/2", WarcFiles.Article("Due", paragraphs: 1)));

    private static readonly byte[] Gzipped = WarcFiles.Gzip(Plain);

    // A damaged file: cut short somewhere, with a few bytes overwritten.
    private static Gen<byte[]> Damaged(byte[] file) =>
        Gen.Select(Gen.Int[0, file.Length], Gen.Select(Gen.Int[0, file.Length - 1], Gen.Byte).Array[0, 4], (cut, flips) =>
        {
            var copy = file[..cut];
            foreach (var (at, value) in flips)
                if (at < copy.Length)
                    copy[at] = value;
            return copy;
        });

    [Fact]
    public void A_damaged_warc_never_throws_and_only_its_last_item_reports_the_damage()
    {
        Gen.OneOf(Damaged(Plain), Damaged(Gzipped)).Sample(file =>
        {
            var items = new WarcReader(new IngestOptions()).Read(new MemoryStream(file), "d.warc").ToList();

            Assert.All(items.SkipLast(1), i => Assert.IsType<RawItem>(i));
            Assert.True(items.Count <= 2 || items[^1] is IngestFailure && items.Count == 3);
        }, iter: 300);
    }

    [Fact]
    public void Random_bytes_make_feed_and_sitemap_parsers_fail_only_with_their_format_exceptions()
    {
        var feed = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><title>T</title><link>/a</link></item></channel></rss>");
        Gen.OneOf(Damaged(feed), Gen.Byte.Array[0, 200]).Sample(bytes =>
        {
            try
            {
                FeedParser.Parse(bytes, null, new Uri("https://x.example/feed"));
            }
            catch (FeedFormatException)
            {
            }
            try
            {
                SitemapParser.Parse(new MemoryStream(bytes), null);
            }
            catch (SitemapFormatException)
            {
            }
        }, iter: 300);
    }
}

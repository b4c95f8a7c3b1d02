using System.Text;
using Cronista.Ingest;

namespace Cronista.Tests.Ingest;

public sealed class HtmlDecodingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void A_wrong_declared_charset_does_not_turn_plain_utf8_into_mojibake()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>La città è pronta: “sì”.</p></body></html>");

        var text = HtmlDecoding.Decode(bytes, "iso-8859-1", out var encoding);

        Assert.Equal("utf-8", encoding);
        Assert.Contains("La città è pronta: “sì”.", text);
    }

    [Fact]
    public void The_declared_charset_wins_over_the_meta_tag_when_the_bytes_fit_it()
    {
        var bytes = Windows1252.GetBytes("<meta charset=\"utf-8\"><p>Perché l’euro € costa</p>");

        var text = HtmlDecoding.Decode(bytes, "windows-1252", out var encoding);

        Assert.Equal("windows-1252", encoding);
        Assert.Contains("Perché l’euro € costa", text);
    }

    [Fact]
    public void A_declared_utf8_that_the_bytes_contradict_gives_way_to_the_meta_tag()
    {
        var bytes = Windows1252.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><p>Città – “x”</p></html>");

        var text = HtmlDecoding.Decode(bytes, "utf-8", out var encoding);

        Assert.Equal("windows-1252", encoding);
        Assert.Contains("Città – “x”", text);
    }

    [Fact]
    public void A_utf8_page_with_a_few_stray_legacy_bytes_stays_utf8()
    {
        // A name pasted in from a windows-1252 source, in a page otherwise written in UTF-8.
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"utf-8\"><p>Città, perché, così: “sì”. Herr ")
            .Concat(Windows1252.GetBytes("M\u00fcller"))
            .Concat(Encoding.UTF8.GetBytes(" è qui.</p>")).ToArray();

        var text = HtmlDecoding.Decode(bytes, null, out var encoding);

        Assert.Equal("utf-8", encoding);
        Assert.Contains("Città, perché, così: “sì”.", text);
        Assert.Contains("M\uFFFDller", text);
    }

    [Fact]
    public void An_unknown_declared_charset_is_passed_over()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"utf-8\"><p>Zürich</p>");

        var text = HtmlDecoding.Decode(bytes, "x-no-such-charset", out var encoding);

        Assert.Equal("utf-8", encoding);
        Assert.Contains("Zürich", text);
    }

    [Fact]
    public void Without_any_declaration_windows_1252_is_detected()
    {
        var bytes = Windows1252.GetBytes("<p>L’inflazione è al 5 € – dice</p>");

        var text = HtmlDecoding.Decode(bytes, null, out var encoding);

        Assert.Equal("windows-1252", encoding);
        Assert.Contains("L’inflazione è al 5 € – dice", text);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_every_declaration()
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble()
            .Concat(Encoding.Unicode.GetBytes("<meta charset=\"iso-8859-1\"><p>Köln</p>")).ToArray();

        var text = HtmlDecoding.Decode(bytes, "iso-8859-1", out var encoding);

        Assert.Equal("utf-16", encoding);
        Assert.Contains("Köln", text);
    }

    [Fact]
    public void The_xml_declaration_names_a_feed_encoding()
    {
        var bytes = Windows1252.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>Caffè “buono”</title></rss>");

        var text = HtmlDecoding.Decode(bytes, null, out var encoding);

        Assert.Equal("windows-1252", encoding);
        Assert.Contains("Caffè “buono”", text);
    }

    [Theory]
    [InlineData("text/html; charset=UTF-8", "UTF-8")]
    [InlineData("text/html;charset=\"iso-8859-1\"", "iso-8859-1")]
    [InlineData("application/xml; q=1; Charset = windows-1252 ", "windows-1252")]
    [InlineData("text/html", null)]
    [InlineData("text/html; charset=", null)]
    [InlineData(null, null)]
    public void The_charset_parameter_is_read_from_a_content_type(string? contentType, string? expected) =>
        Assert.Equal(expected, HtmlDecoding.Charset(contentType));
}

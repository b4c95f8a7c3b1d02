using System.Text;
using Cronista.Ingest;

namespace Cronista.Tests.Ingest;

public sealed class TextDecodingTests
{
    private static RawItem ReadOk(string path)
    {
        var item = Assert.Single(new ArticleSources(new IngestOptions()).Read([path]));
        return Assert.IsType<RawItem>(item);
    }

    private static IngestFailure ReadFailing(string path)
    {
        var item = Assert.Single(new ArticleSources(new IngestOptions()).Read([path]));
        return Assert.IsType<IngestFailure>(item);
    }

    [Fact]
    public void Windows_1252_curly_quotes_apostrophe_euro_and_accents_are_decoded()
    {
        var item = ReadOk(Fixtures.Path("Encodings", "windows-1252.txt"));

        Assert.Equal("windows-1252", item.Encoding);
        Assert.Equal("Il sindaco ha detto: “La città è pronta”. L’investimento vale 5 milioni di €.\n", item.Text);
    }

    [Fact]
    public void Iso_8859_1_is_decoded_when_no_byte_marks_windows_1252()
    {
        var item = ReadOk(Fixtures.Path("Encodings", "iso-8859-1.txt"));

        Assert.Equal("iso-8859-1", item.Encoding);
        Assert.Equal("Le café de la gare a fermé; « c'est la fin », dit le patron. Perché no?\n", item.Text);
    }

    [Fact]
    public void A_byte_undefined_in_windows_1252_means_iso_8859_1()
    {
        using var folder = new TempFolder();
        // 0x81 has no character in Windows-1252, so the 0x93 beside it cannot be a curly quote either.
        var path = folder.WriteBytes("latin1.txt", [(byte)'c', 0xE8, (byte)' ', 0x81, 0x93, (byte)'.']);

        var item = ReadOk(path);

        Assert.Equal("iso-8859-1", item.Encoding);
        Assert.Equal("cè \u0081\u0093.", item.Text);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_loses_the_mark()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Città “bella”.")]);

        var item = ReadOk(path);

        Assert.Equal("utf-8", item.Encoding);
        Assert.Equal("Città “bella”.", item.Text);
    }

    [Fact]
    public void Utf8_without_a_mark_is_read_strictly()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("plain.txt", Encoding.UTF8.GetBytes("Zürich, 5’000 Franken."));

        var item = ReadOk(path);

        Assert.Equal("utf-8", item.Encoding);
        Assert.Equal("Zürich, 5’000 Franken.", item.Text);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void Unicode_files_with_a_byte_order_mark_are_decoded(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32LE" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => (Encoding)new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        using var folder = new TempFolder();
        const string text = "Il presidente ha detto “sì”: è fatta. 🙂";
        var path = folder.WriteBytes("unicode.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var item = ReadOk(path);

        Assert.Equal(text, item.Text);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x0A })]
    public void An_empty_or_blank_file_is_an_error_naming_the_file(byte[] bytes)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("empty.txt", bytes);

        var failure = ReadFailing(path);

        Assert.Equal(path, failure.Source);
        Assert.Equal("empty file", failure.Reason);
    }

    [Fact]
    public void Nul_bytes_without_a_utf16_mark_mean_a_binary_file()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var failure = ReadFailing(path);

        Assert.Equal(path, failure.Source);
        Assert.Equal("binary file, not text", failure.Reason);
    }

    [Fact]
    public void Many_control_characters_mean_a_binary_file()
    {
        using var folder = new TempFolder();
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 + i % 7 : 'a' + i % 26)).ToArray();
        var path = folder.WriteBytes("controls.txt", bytes);

        Assert.Equal("binary file, not text", ReadFailing(path).Reason);
    }

    [Fact]
    public void One_stray_control_character_does_not_make_text_binary()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("dos.txt", [.. Encoding.ASCII.GetBytes("Short note."), 0x1A]);

        Assert.Equal("Short note.\u001A", ReadOk(path).Text);
    }
}

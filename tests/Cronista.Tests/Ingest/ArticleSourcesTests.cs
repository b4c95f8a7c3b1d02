using System.Text;
using Cronista.Ingest;

namespace Cronista.Tests.Ingest;

public sealed class ArticleSourcesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<IngestItem> Read(IEnumerable<string> paths, IngestOptions? options = null) =>
        [.. new ArticleSources(options ?? new IngestOptions()).Read(paths)];

    [Fact]
    public void A_folder_is_read_recursively_in_name_order_skipping_hidden_and_non_article_files()
    {
        _folder.Write("b.txt", "Secondo articolo.");
        _folder.Write("a.txt", "Primo articolo.");
        _folder.Write("README.md", "Notes on the articles in this folder.");
        _folder.Write("sub/c.text", "Terzo articolo.");
        _folder.Write("sub/d.jsonl", "{\"text\": \"Quarto articolo.\"}\n");
        _folder.Write(".hidden.txt", "Nascosto.");
        _folder.Write(".git/e.txt", "Nascosto anche questo.");
        _folder.Write("photo.png", "not an article");
        _folder.Write("page.html", "<p>Quinto articolo.</p>");

        var items = Read([_folder.Path]);

        var texts = items.Select(i => Assert.IsType<RawItem>(i).Text).ToList();
        Assert.Equal(["Primo articolo.", "Secondo articolo.", "<p>Quinto articolo.</p>", "Terzo articolo.", "Quarto articolo."], texts);
        Assert.Equal(RawFormat.Html, ((RawItem)items[2]).Format);
        Assert.EndsWith("d.jsonl:1", items[4].Source);
    }

    [Fact]
    public void A_file_named_explicitly_is_read_whatever_its_name()
    {
        var path = _folder.Write("article.md", "Un articolo salvato con un altro nome.");

        var item = Assert.IsType<RawItem>(Assert.Single(Read([path])));

        Assert.Equal(path, item.Source);
        Assert.Equal(RawFormat.PlainText, item.Format);
    }

    [Fact]
    public void A_missing_path_is_an_error_naming_it_and_the_batch_goes_on()
    {
        var good = _folder.Write("good.txt", "Testo.");
        var missing = _folder.File("missing.txt");

        var items = Read([missing, good]);

        var failure = Assert.IsType<IngestFailure>(items[0]);
        Assert.Equal(missing, failure.Source);
        Assert.Contains("no such file", failure.Reason);
        Assert.IsType<RawItem>(items[1]);
    }

    [Fact]
    public void A_broken_link_in_a_folder_is_an_error()
    {
        _folder.Write("good.txt", "Testo.");
        File.CreateSymbolicLink(_folder.File("dangling.txt"), _folder.File("nowhere.txt"));

        var items = Read([_folder.Path]);

        var failure = Assert.IsType<IngestFailure>(items.Single(i => i.Source.EndsWith("dangling.txt", StringComparison.Ordinal)));
        Assert.Contains("broken link", failure.Reason);
        Assert.Single(items.OfType<RawItem>());
    }

    [Fact]
    public void A_directory_loop_is_reported_once_and_does_not_stop_the_walk()
    {
        _folder.Write("news/one.txt", "Uno.");
        _folder.Write("news/deeper/two.txt", "Due.");
        Directory.CreateSymbolicLink(_folder.File("news/deeper/back"), _folder.File("news"));

        var items = Read([_folder.File("news")]);

        Assert.Equal(["Uno.", "Due."], items.OfType<RawItem>().Select(i => i.Text));
        var loop = Assert.Single(items.OfType<IngestFailure>());
        Assert.EndsWith("back", loop.Source);
        Assert.Contains("directory loop", loop.Reason);
    }

    [Fact]
    public void A_folder_without_articles_is_an_error()
    {
        _folder.Write("notes/image.png", "x");

        var failure = Assert.IsType<IngestFailure>(Assert.Single(Read([_folder.File("notes")])));

        Assert.Contains("no article files", failure.Reason);
    }

    [Fact]
    public void A_huge_plain_text_file_is_refused_by_its_size_without_being_read()
    {
        var path = _folder.File("huge.txt");
        using (var file = File.Create(path))
            file.SetLength(100L * 1024 * 1024);

        var failure = Assert.IsType<IngestFailure>(Assert.Single(Read([path])));

        Assert.Equal(path, failure.Source);
        Assert.Contains("100 MB", failure.Reason);
        Assert.Contains("larger than the 16 MB limit", failure.Reason);
    }

    [Fact]
    public void A_huge_stream_of_unknown_length_is_read_only_up_to_the_limit()
    {
        var stream = new CountingStream(100L * 1024 * 1024, (byte)'a');
        var sources = new ArticleSources(new IngestOptions { MaxArticleBytes = 1024 * 1024 });

        var failure = Assert.IsType<IngestFailure>(sources.ReadPlainText(stream, "stdin"));

        Assert.Contains("larger than the 1 MB limit", failure.Reason);
        Assert.True(stream.BytesRead <= 1024 * 1024 + 64 * 1024, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void The_size_limit_can_be_raised()
    {
        var path = _folder.Write("two-kb.txt", new string('a', 2048) + ".");

        Assert.IsType<IngestFailure>(Assert.Single(Read([path], new IngestOptions { MaxArticleBytes = 1024 })));
        Assert.IsType<RawItem>(Assert.Single(Read([path], new IngestOptions { MaxArticleBytes = 4096 })));
    }

    [Fact]
    public void A_100_MB_jsonl_file_is_streamed_line_by_line()
    {
        var path = _folder.File("big.jsonl");
        var body = new string('x', 10_000);
        const int lines = 10_000;
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < lines; i++)
                writer.Write($"{{\"text\":\"Articolo {i}. {body}\",\"language\":\"it\"}}\n");
        }
        Assert.True(new FileInfo(path).Length > 100_000_000);

        var count = 0;
        string? last = null;
        foreach (var item in new ArticleSources(new IngestOptions()).Read([path]))
        {
            var raw = Assert.IsType<RawItem>(item);
            count++;
            last = raw.Source;
        }

        Assert.Equal(lines, count);
        Assert.Equal(path + ":" + lines, last);
    }

    [Fact]
    public void Jsonl_is_read_lazily_a_line_at_a_time()
    {
        var line = Encoding.UTF8.GetBytes("{\"text\":\"" + new string('y', 1000) + "\"}\n");
        var stream = new CountingStream(line, repeat: 100_000);
        var sources = new ArticleSources(new IngestOptions());

        using var items = sources.ReadJsonLines(stream, "big.jsonl").GetEnumerator();
        Assert.True(items.MoveNext());

        Assert.IsType<RawItem>(items.Current);
        Assert.True(stream.BytesRead < 256 * 1024, $"read {stream.BytesRead} bytes for the first line");
    }

    [Fact]
    public void A_single_over_long_jsonl_line_is_an_error_and_the_next_line_is_read()
    {
        var path = _folder.Write("long.jsonl",
            "{\"text\":\"" + new string('z', 5000) + "\"}\n{\"text\":\"Breve.\"}\n");

        var items = Read([path], new IngestOptions { MaxArticleBytes = 1024 });

        var failure = Assert.IsType<IngestFailure>(items[0]);
        Assert.Equal(path + ":1", failure.Source);
        Assert.Contains("line longer than the 1 KB limit", failure.Reason);
        Assert.Equal("Breve.", Assert.IsType<RawItem>(items[1]).Text);
    }

    [Fact]
    public void Invalid_jsonl_lines_are_errors_naming_file_and_line_and_the_rest_is_read()
    {
        var path = _folder.Write("mixed.jsonl", string.Join("\n",
            "{\"text\": \"Primo.\", \"language\": \"it\", \"url\": \"https://www.ansa.it/a\", \"published\": \"2025-08-13T09:30:00+02:00\", \"title\": \"Titolo\", \"publisher\": \"ANSA\", \"agency\": \"ANSA\"}",
            "{bad json",
            "{\"url\": \"https://example.org\"}",
            "{\"text\": 42}",
            "",
            "[\"text\"]",
            "{\"text\": \"x\", \"published\": \"13/08/2025\"}",
            "{\"text\": \"x\", \"language\": 7}",
            "{\"text\": \"x\", \"language\": \"italiano antico\"}",
            "{\"text\": \"   \"}",
            "{\"text\": \"Ultimo.\", \"language\": \"it-CH\", \"published\": \"2025-08-14\"}") + "\n");

        var items = Read([path]);

        var first = Assert.IsType<RawItem>(items[0]);
        Assert.Equal(RawFormat.Record, first.Format);
        Assert.Equal(new SourceHints("https://www.ansa.it/a", new DateOnly(2025, 8, 13), "Titolo", "it", "ANSA", "ANSA") { PublishedTime = new TimeOnly(9, 30) }, first.Hints);
        var failures = items.OfType<IngestFailure>().ToDictionary(f => f.Source, f => f.Reason);
        Assert.StartsWith("invalid JSON", failures[path + ":2"]);
        Assert.Contains("no \"text\" field", failures[path + ":3"]);
        Assert.Equal("\"text\" must be a string, found a number", failures[path + ":4"]);
        Assert.Contains("expected a JSON object", failures[path + ":6"]);
        Assert.Contains("\"published\" must be an ISO date", failures[path + ":7"]);
        Assert.Equal("\"language\" must be a string, found a number", failures[path + ":8"]);
        Assert.Contains("ISO 639-1", failures[path + ":9"]);
        Assert.Equal("\"text\" is empty", failures[path + ":10"]);
        Assert.Equal(8, failures.Count);
        var last = Assert.IsType<RawItem>(items[^1]);
        Assert.Equal(path + ":11", last.Source);
        Assert.Equal("it", last.Hints.Language);
        Assert.Equal(new DateOnly(2025, 8, 14), last.Hints.Published);
    }

    [Fact]
    public void A_utf16_jsonl_file_is_transcoded()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var path = _folder.WriteBytes("utf16.jsonl", [.. encoding.GetPreamble(), .. encoding.GetBytes("{\"text\": \"Città.\"}\r\n{\"text\": \"Più.\"}\r\n")]);

        var items = Read([path]);

        Assert.Equal(["Città.", "Più."], items.Select(i => Assert.IsType<RawItem>(i).Text));
    }

    [Fact]
    public void Standard_input_holding_plain_text_is_one_article()
    {
        var options = new IngestOptions { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("{Non è JSON} ma un articolo.\nSeconda riga.")) };

        var item = Assert.IsType<RawItem>(Assert.Single(Read(["-"], options)));

        Assert.Equal("stdin", item.Source);
        Assert.Equal(RawFormat.PlainText, item.Format);
        Assert.Equal("{Non è JSON} ma un articolo.\nSeconda riga.", item.Text);
    }

    [Theory]
    [InlineData("{Nota del redattore} segue l'articolo.")]
    [InlineData("{in parentesi graffe, senza chiusura")]
    public void Standard_input_that_starts_with_a_brace_but_is_no_json_line_is_plain_text(string text)
    {
        var options = new IngestOptions { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(text)) };

        var item = Assert.IsType<RawItem>(Assert.Single(Read(["-"], options)));

        Assert.Equal(RawFormat.PlainText, item.Format);
    }

    [Fact]
    public void Standard_input_holding_json_lines_is_streamed_as_jsonl()
    {
        var options = new IngestOptions { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("\n{\"text\": \"Uno.\"}\n{\"text\": \"Due.\"}\n")) };

        var items = Read(["-"], options);

        Assert.Equal(["stdin:2", "stdin:3"], items.Select(i => i.Source));
        Assert.All(items, i => Assert.Equal(RawFormat.Record, Assert.IsType<RawItem>(i).Format));
    }

    [Fact]
    public void Without_standard_input_a_dash_is_an_error()
    {
        var failure = Assert.IsType<IngestFailure>(Assert.Single(Read(["-"], new IngestOptions())));

        Assert.Equal("stdin", failure.Source);
    }

    [Theory]
    [InlineData("16MB", 16L * 1024 * 1024)]
    [InlineData("512k", 512L * 1024)]
    [InlineData("1 GiB", 1024L * 1024 * 1024)]
    [InlineData("1.5M", 1536L * 1024)]
    [InlineData("2048", 2048L)]
    public void Sizes_are_read_as_people_write_them(string text, long bytes)
    {
        Assert.True(ByteSizes.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("12 parsecs")]
    [InlineData("-5")]
    [InlineData("0")]
    public void Things_that_are_not_sizes_are_refused(string text) => Assert.False(ByteSizes.TryParse(text, out _));

    /// <summary>A read-only stream of generated bytes that counts how many were read.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly byte[] _pattern;
        private readonly long _length;
        private long _position;

        public CountingStream(long length, byte fill)
        {
            _pattern = [fill];
            _length = length;
        }

        public CountingStream(byte[] line, int repeat)
        {
            _pattern = line;
            _length = (long)line.Length * repeat;
        }

        public long BytesRead => _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _length - _position);
            for (var i = 0; i < n; i++)
                buffer[offset + i] = _pattern[(_position + i) % _pattern.Length];
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_gzipped_page_is_decompressed_and_read_as_html()
    {
        var path = _folder.WriteBytes("page.html.gz", Gzip(Encoding.UTF8.GetBytes("<html><body><p>Città</p></body></html>")));

        var item = Assert.IsType<RawItem>(Assert.Single(Read([path])));

        Assert.Equal(RawFormat.Html, item.Format);
        Assert.Contains("Città", item.Text);
    }

    [Fact]
    public void A_page_is_decoded_in_the_charset_its_meta_tag_declares()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Città – “sì”</p></body></html>");
        var path = _folder.WriteBytes("legacy.html", bytes);

        var item = Assert.IsType<RawItem>(Assert.Single(Read([path])));

        Assert.Contains("Città – “sì”", item.Text);
        Assert.Equal("windows-1252", item.Encoding);
    }

    [Fact]
    public void A_gzip_bomb_stops_at_the_size_limit_and_a_broken_gzip_is_an_error()
    {
        var bomb = _folder.WriteBytes("bomb.html.gz", Gzip(new byte[5_000_000]));
        var broken = _folder.WriteBytes("broken.html.gz", [0x1f, 0x8b, 1, 2, 3]);

        var items = Read([bomb, broken], new IngestOptions { MaxArticleBytes = 100_000 });

        Assert.Contains("larger than", Assert.IsType<IngestFailure>(items[0]).Reason);
        Assert.Contains("gzip", Assert.IsType<IngestFailure>(items[1]).Reason);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
            gzip.Write(bytes);
        return output.ToArray();
    }
}

using System.Text;
using CsCheck;
using Cronista.Extraction;
using Cronista.Ingest;

namespace Cronista.Tests.Extraction;

public sealed class ExtractionPropertyTests
{
    // Pieces that exercise the layout rules (header words, digits, dashes, brackets, line breaks) and the awkward
    // characters of real text: curly quotes, NBSP, zero-width space, combining accent, RTL, CJK, emoji.
    private static readonly string[] Pieces =
    [
        "date", "url", " ", "  ", "\n", "\n\n", "\r\n", "\t", "2025-08-13", "(ANSA)", "(Keystone-ATS)", "ROMA", "-", "–", "—",
        ".", ":", "?", "!", "a", "Il", "testo", "“", "”", "’", "\u00A0", "\u200B", "e\u0301", "שלום", "中文", "🙂", "è", "{", "}",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(Pieces).Array[0, 120].Select(string.Concat);
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    [Fact]
    public void A_plain_text_article_never_fails_otherwise_than_with_no_article_and_its_body_comes_from_its_text()
    {
        Texts.Sample(text =>
        {
            var item = new RawItem("p.txt", text, RawFormat.PlainText, SourceHints.None, "utf-8", text.Length);
            Article article;
            try
            {
                article = Extractor.Extract(item);
            }
            catch (ExtractionException)
            {
                return;
            }
            Assert.False(string.IsNullOrWhiteSpace(article.Text));
            var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            Assert.Contains(article.Text, normalized, StringComparison.Ordinal);
            Assert.Equal(article.Text, Extractor.Extract(item).Text);
        });
    }

    [Fact]
    public void A_record_body_is_kept_exactly_as_given()
    {
        Texts.Where(t => !string.IsNullOrWhiteSpace(t)).Sample(text =>
        {
            var article = Extractor.Extract(new RawItem("r.jsonl:1", text, RawFormat.Record, SourceHints.None, "utf-8", text.Length));

            Assert.Equal(text, article.Text);
        });
    }

    [Fact]
    public void Text_written_in_any_unicode_encoding_with_a_mark_reads_back_the_same()
    {
        Encoding[] encodings = [new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true)];
        // Text whose first line looks like a JSON object is JSONL on standard input, one item per line: left out here.
        Texts.Where(t => !string.IsNullOrWhiteSpace(t) && !t.TrimStart().StartsWith('{')).Select(Gen.Int[0, encodings.Length - 1]).Sample((text, e) =>
        {
            var encoding = encodings[e];
            var sources = new ArticleSources(new IngestOptions { StandardInput = () => new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(text)]) });

            var item = Assert.Single(sources.Read(["-"]));

            var raw = Assert.IsType<RawItem>(item);
            Assert.Equal(RawFormat.PlainText, raw.Format);
            Assert.Equal(text, raw.Text);
        });
    }
}

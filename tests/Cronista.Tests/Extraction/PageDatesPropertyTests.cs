using AngleSharp.Html.Parser;
using CsCheck;
using Cronista.Extraction.Html;

namespace Cronista.Tests.Extraction;

/// <summary>Page dates on random text and markup: nothing throws, dates lie inside the text, the same page gives the same
/// date twice.</summary>
public sealed class PageDatesPropertyTests
{
    // Date-like pieces (digits, separators, month words in several languages, labels) and the awkward characters of real
    // pages: NBSP, zero-width space, combining accent, RTL, CJK, emoji; and markup that opens blocks and chrome.
    private static readonly string[] Pieces =
    [
        "19", "2019", "10", ".", "/", "-", " ", "\n", "\u00A0", "\u200B", "Oktober", "mars", "maja", "de", "Nov.", ",", "Updated",
        "Veröffentlicht am", "Stand:", "e\u0301", "שלום", "中文", "🙂", "<p>", "</p>", "<h1>", "</h1>", "<time datetime=\"2019-10-19\">",
        "</time>", "<div class=\"comments\">", "</div>", "<blockquote>", "<br>",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(Pieces).Array[0, 120].Select(string.Concat);

    [Fact]
    public void Dates_found_in_any_text_lie_inside_it_in_order()
    {
        Texts.Sample(text =>
        {
            var previous = -1;
            foreach (var date in TextDates.Default.Find(text))
            {
                Assert.InRange(date.Index, Math.Max(0, previous), text.Length - 1);
                Assert.InRange(date.Index + date.Length, date.Index + 1, text.Length);
                Assert.InRange(date.Date.Year, 1990, 2100);
                previous = date.Index + date.Length;
            }
        });
    }

    [Fact]
    public void Any_page_gives_a_date_or_none_and_the_same_one_twice()
    {
        var parser = new HtmlParser();
        Texts.Sample(body =>
        {
            var html = $"<html><head><title>Titel der Seite</title></head><body>{body}</body></html>";
            var first = HtmlMetadataReader.Read(parser.ParseDocument(html), null).Published;
            var second = HtmlMetadataReader.Read(parser.ParseDocument(html), null).Published;

            Assert.Equal(first, second);
        });
    }
}

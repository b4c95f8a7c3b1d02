using Cronista.Extraction;
using Cronista.Extraction.Html;

namespace Cronista.Tests.Extraction;

public sealed class ErrorPagesTests
{
    private const string Apology =
        "<p>Sorry, the page you are looking for does not exist. It may have been moved or deleted.</p><p>Go back to the home page or use the search.</p>";

    [Theory]
    [InlineData("<title>Page not found | Daily Example</title>", "<h1>Oh dear</h1>")]
    [InlineData("<title>Daily Example</title>", "<h1>Pagina non trovata</h1>")]
    [InlineData("<title>Fehler 404 – Beispielzeitung</title>", "")]
    [InlineData("<title>Page introuvable</title>", "")]
    public void A_short_page_titled_as_an_error_holds_no_article(string head, string heading)
    {
        var page = $"<html><head>{head}</head><body><nav><a href=\"/\">Home</a></nav><main>{heading}{Apology}</main></body></html>";

        var error = Assert.Throws<ExtractionException>(() => HtmlArticleExtractor.Default.Extract(page));

        Assert.Contains("no article found: an error page", error.Message);
    }

    [Fact]
    public void A_long_article_about_an_error_page_is_still_an_article()
    {
        var paragraphs = string.Concat(Enumerable.Repeat(
            "<p>Readers who followed old links met a page reading “page not found”, the site’s editors said on Monday, and the fix took a week.</p>", 10));
        var page = $"<html><head><title>Why readers saw “Page not found” for a week</title></head><body><article><h1>Why readers saw “Page not found”</h1>{paragraphs}</article></body></html>";

        var article = HtmlArticleExtractor.Default.Extract(page);

        Assert.Contains("the fix took a week", article.Text);
    }

    [Fact]
    public void A_word_that_only_contains_a_phrase_does_not_make_an_error_page()
    {
        var page = $"<html><head><title>Error 4040 series: the new printer</title></head><body><article>{Apology}</article></body></html>";

        Assert.Contains("does not exist", HtmlArticleExtractor.Default.Extract(page).Text);
    }
}

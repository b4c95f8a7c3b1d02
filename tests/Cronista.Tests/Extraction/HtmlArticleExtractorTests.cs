using Cronista.Extraction;
using Cronista.Extraction.Html;

namespace Cronista.Tests.Extraction;

/// <summary>Article text and metadata from small web pages written for the test.</summary>
public sealed class HtmlArticleExtractorTests
{
    private const string Body = """
        <p>Il presidente ha telefonato ieri al suo omologo, secondo quanto riferisce l'agenzia di stampa, e i due hanno parlato a lungo.</p>
        <p>La conversazione è durata un'ora, ha precisato il portavoce, aggiungendo che un incontro è previsto per l'autunno.</p>
        """;

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html lang=\"it-CH\"><head>{head}</head><body>{body}</body></html>";

    private static readonly string NewsPage = Page(
        """
        <title>Telefonata tra i due presidenti | Notizie</title>
        <meta property="og:title" content="Telefonata tra i due presidenti">
        <meta property="og:site_name" content="Notizie Svizzere">
        <meta property="article:published_time" content="2025-08-13T23:30:00+02:00">
        <link rel="canonical" href="https://example.org/2025/08/13/telefonata">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Anna Rossi"},"dateModified":"2025-08-14T08:00:00+02:00"}</script>
        """,
        $"""
        <nav><a href="/">Home</a> <a href="/mondo">Mondo</a></nav>
        <div class="share-bar"><a href="#">Condividi su Facebook</a></div>
        <article>
          <h1>Telefonata tra i due presidenti</h1>
          <div class="article-date">13.08.2025</div>
          {Body}
          <figure><img src="a.jpg"><figcaption>Foto d'archivio</figcaption></figure>
          <h3>Articoli correlati</h3>
          <ul><li><a href="/a">Un altro articolo</a></li><li><a href="/b">E un altro ancora</a></li></ul>
        </article>
        <div id="comments"><p>Un commento di un lettore che non fa parte dell'articolo, anche se è lungo abbastanza.</p></div>
        <footer>© 2025 Notizie Svizzere</footer>
        """);

    [Fact]
    public void The_body_keeps_the_paragraphs_and_drops_the_chrome()
    {
        var article = HtmlArticleExtractor.Default.Extract(NewsPage, "https://example.org/x");

        Assert.StartsWith("Il presidente ha telefonato ieri", article.Text);
        Assert.Contains("\n\nLa conversazione è durata un'ora", article.Text);
        foreach (var chrome in new[] { "Home", "Condividi", "13.08.2025", "Foto d'archivio", "Articoli correlati", "Un altro articolo", "commento", "©" })
            Assert.DoesNotContain(chrome, article.Text);
        Assert.Equal("structure", article.Method);
    }

    [Fact]
    public void Metadata_comes_from_meta_tags_json_ld_and_the_page()
    {
        var article = HtmlArticleExtractor.Default.Extract(NewsPage, "https://example.org/x");

        Assert.Equal("Telefonata tra i due presidenti", article.Title);
        Assert.Equal("Anna Rossi", article.Author);
        Assert.Equal(new DateOnly(2025, 8, 13), article.Published); // the day as written, not converted to UTC
        Assert.Equal(new DateOnly(2025, 8, 14), article.Modified);
        Assert.Equal("Notizie Svizzere", article.SiteName);
        Assert.Equal("it", article.Language);
        Assert.Equal("https://example.org/2025/08/13/telefonata", article.CanonicalUrl);
    }

    [Fact]
    public void Without_article_markup_the_densest_block_is_the_body()
    {
        var page = Page("<title>t</title>", $"""
            <div id="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contatti</a></div>
            <div id="x1"><div id="x2">{Body}</div></div>
            <div id="links"><a href="/1">Link uno</a> <a href="/2">Link due</a></div>
            """);

        var article = HtmlArticleExtractor.Default.Extract(page);

        Assert.Equal("density", article.Method);
        Assert.StartsWith("Il presidente", article.Text);
        Assert.DoesNotContain("Contatti", article.Text);
    }

    [Theory]
    [InlineData("<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/a\">A</a></div><p>Pagina non trovata.</p>")]
    [InlineData("")]
    public void A_page_without_an_article_says_so(string body) =>
        Assert.Contains("no article found", Assert.Throws<ExtractionException>(() => HtmlArticleExtractor.Default.Extract(Page("", body))).Message);

    [Fact]
    public void Soft_hyphens_and_zero_width_marks_are_dropped()
    {
        var article = HtmlArticleExtractor.Default.Extract(Page("", "<article><p>Die Wein&shy;wirt&shy;schaft\u200B in Süd&shy;tirol hat eine lange Geschichte, die bis ins Mittelalter zurückreicht und viele Sorten kennt, von denen heute nur noch wenige angebaut werden.</p></article>"));

        Assert.StartsWith("Die Weinwirtschaft in Südtirol", article.Text);
    }

    [Fact]
    public void A_body_hidden_in_a_wrapper_named_like_chrome_is_kept_when_the_page_marks_it()
    {
        var page = Page("", $"""<div class="l-sidebar-fixed l-article-body-segment"><div class="c-entry-content">{Body}</div></div><div class="sidebar"><p>Pubblicità e altro che non c'entra nulla con la notizia del giorno.</p></div>""");

        var article = HtmlArticleExtractor.Default.Extract(page);

        Assert.StartsWith("Il presidente", article.Text);
        Assert.DoesNotContain("Pubblicità", article.Text);
    }

    [Fact]
    public void Malformed_markup_is_read_as_a_browser_would()
    {
        var article = HtmlArticleExtractor.Default.Extract("<html><body><article><p>Il presidente ha telefonato ieri al suo omologo, secondo quanto riferisce l'agenzia di stampa<p>e i due hanno parlato a lungo di molte questioni aperte tra i due paesi vicini.<div><b>unclosed");

        Assert.Contains("e i due hanno parlato", article.Text);
    }

    [Fact]
    public void A_page_drawn_by_scripts_gives_the_article_its_noscript_fallback_holds_and_drops_tracking_noscripts()
    {
        var page = Page("", $"""<noscript><img src="pixel.gif">Enable JavaScript</noscript><div class="post-body"><div id="app"></div><noscript>{Body}</noscript></div>""");

        var article = HtmlArticleExtractor.Default.Extract(page);

        Assert.StartsWith("Il presidente", article.Text);
        Assert.DoesNotContain("JavaScript", article.Text);
    }
}

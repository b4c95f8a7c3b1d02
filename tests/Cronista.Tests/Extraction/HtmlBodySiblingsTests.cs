using Cronista.Extraction.Html;

namespace Cronista.Tests.Extraction;

/// <summary>A marked body is widened to the lead and the sections the page keeps beside it, and to nothing else.</summary>
public sealed class HtmlBodySiblingsTests
{
    private const string Lead = "Il governo ha approvato ieri sera il decreto sulle pensioni, dopo una lunga riunione del consiglio dei ministri.";

    private const string Body = """
        <p>Il presidente ha telefonato ieri al suo omologo, secondo quanto riferisce l'agenzia di stampa, e i due hanno parlato a lungo.</p>
        <p>La conversazione è durata un'ora, ha precisato il portavoce, aggiungendo che un incontro è previsto per l'autunno.</p>
        """;

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>";

    [Fact]
    public void A_lead_in_the_header_before_the_marked_body_is_kept()
    {
        var page = Page($"""
            <div class="article">
              <div class="article-header"><h1>Pensioni, via libera al decreto</h1><div class="teaser-text"><p>{Lead}</p></div></div>
              <div class="row"><div class="article-body" itemprop="articleBody">{Body}</div></div>
            </div>
            """);

        var text = HtmlArticleExtractor.Default.Extract(page).Text;

        Assert.StartsWith(Lead, text);
        Assert.Contains("La conversazione", text);
        Assert.DoesNotContain("via libera", text);
    }

    [Fact]
    public void A_following_section_of_a_split_body_is_kept_but_not_a_list_of_links()
    {
        var page = Page($"""
            <div class="container">
              <section class="article-section">{Body}</section>
              <section class="more"><p>Il decreto entrerà in vigore il primo gennaio, ha detto il ministro, e riguarda tre milioni di persone.</p></section>
              <ul><li><a href="/1">Un altro articolo che parla di tutt'altro e non fa parte di questo</a></li></ul>
            </div>
            """);

        var text = HtmlArticleExtractor.Default.Extract(page).Text;

        Assert.Contains("primo gennaio", text);
        Assert.DoesNotContain("Un altro articolo", text);
    }

    [Fact]
    public void The_lead_in_the_articles_own_header_is_kept_and_the_page_header_is_not()
    {
        var page = Page($"""
            <header><p>Il quotidiano online di chi vuole sapere tutto, ogni giorno, da oltre vent'anni. Abbonati ora.</p></header>
            <article>
              <header class="entry-header"><h1>Pensioni, via libera al decreto</h1><p class="lead">{Lead}</p></header>
              <div class="entry-content">{Body}</div>
            </article>
            """);

        var text = HtmlArticleExtractor.Default.Extract(page).Text;

        Assert.StartsWith(Lead, text);
        Assert.DoesNotContain("quotidiano", text);
    }

    [Fact]
    public void Without_article_markup_the_lead_beside_the_densest_block_is_kept()
    {
        var page = Page($"""
            <div id="top"><a href="/">Home</a> | <a href="/news">News</a></div>
            <div id="x0"><div id="x1"><div class="intro"><p>{Lead}</p></div></div><div id="x2"><div id="x3">{Body}</div></div></div>
            """);

        var article = HtmlArticleExtractor.Default.Extract(page);

        Assert.Equal("density", article.Method);
        Assert.StartsWith(Lead, article.Text);
        Assert.Contains("La conversazione", article.Text);
    }

    [Fact]
    public void Without_article_markup_the_text_blocks_after_the_densest_one_in_their_own_wrappers_are_kept()
    {
        var more = "<p>Il decreto entrerà in vigore il primo gennaio, ha detto il ministro, e riguarda tre milioni di persone.</p>";
        var page = Page($"""
            <div id="top"><a href="/">Home</a> | <a href="/news">News</a></div>
            <div class="col">
              <div class="text-wrapper"><div class="text">{Body}</div></div>
              <div class="text-wrapper"><div class="text">{more}</div></div>
            </div>
            """);

        var article = HtmlArticleExtractor.Default.Extract(page);

        Assert.Equal("density", article.Method);
        Assert.Contains("primo gennaio", article.Text);
    }

    [Fact]
    public void A_header_holding_the_headline_is_the_articles_even_outside_an_article_element()
    {
        var page = Page($"""
            <header class="site-header"><a href="/">Notizie</a></header>
            <div class="container">
              <header class="article-header-wrapper"><h1>Pensioni, via libera al decreto</h1><p class="lead">{Lead}</p></header>
              <div class="article-body" itemprop="articleBody">{Body}</div>
            </div>
            """);

        Assert.StartsWith(Lead, HtmlArticleExtractor.Default.Extract(page).Text);
    }
}

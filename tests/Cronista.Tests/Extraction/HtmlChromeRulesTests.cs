using AngleSharp.Html.Parser;
using Cronista.Extraction.Html;

namespace Cronista.Tests.Extraction;

/// <summary>Rules that tell page chrome from the article by the names pages give their blocks, on small pages written
/// for the test in the markup common CMSs emit.</summary>
public sealed class HtmlChromeRulesTests
{
    private const string Body = """
        <p>Il presidente ha telefonato ieri al suo omologo, secondo quanto riferisce l'agenzia di stampa, e i due hanno parlato a lungo.</p>
        <p>La conversazione è durata un'ora, ha precisato il portavoce, aggiungendo che un incontro è previsto per l'autunno.</p>
        """;

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>";

    private static bool IsChrome(string attributes) =>
        ChromeNames.IsChrome(new HtmlParser().ParseDocument($"<div {attributes}></div>").QuerySelector("div")!);

    [Theory]
    [InlineData("class=\"share-bar\"", true)]
    [InlineData("id=\"comments\"", true)]
    [InlineData("class=\"hidden\"", true)]
    [InlineData("class=\"promo--comment\"", true)]
    [InlineData("class=\"field field--label-hidden\"", false)] // Drupal: the field's label is hidden, not its text
    [InlineData("class=\"kb-overflow-hidden hidden-xs\"", false)] // clipped, or hidden on phones only
    [InlineData("class=\"report__section report__section--ads\"", false)] // BEM modifier: a section that also holds ads
    [InlineData("class=\"entry-meta\"", true)] // the post's date, author and categories
    [InlineData("class=\"affiliate-disclosure\"", true)]
    [InlineData("class=\"author-bio\"", true)]
    [InlineData("class=\"infobox article-contact\"", true)]
    [InlineData("class=\"no-print\"", false)] // says what the block is not: shown on screen
    [InlineData("class=\"row non-paywall\"", false)] // free to read
    [InlineData("class=\"elementor-widget elementor-widget-text-editor\"", false)] // a page builder's block of text
    public void A_name_is_chrome_by_its_words_and_not_by_its_modifiers(string attributes, bool chrome) =>
        Assert.Equal(chrome, IsChrome(attributes));

    [Fact]
    public void A_drupal_field_with_a_hidden_label_is_the_body()
    {
        var page = Page($"""<article role="article"><div class="field field--name-body field--label-hidden"><div class="field__item">{Body}</div></div></article>""");

        Assert.StartsWith("Il presidente", HtmlArticleExtractor.Default.Extract(page).Text);
    }

    [Fact]
    public void A_wordpress_post_tagged_with_chrome_words_is_kept_as_a_microformats_entry()
    {
        var page = Page($"""
            <div id="content" role="main">
              <div class="post-7 post type-post hentry category-news tag-share tag-comments"><div class="entry-content">{Body}</div></div>
              <div id="comments"><p>Un commento di un lettore che non fa parte dell'articolo, anche se è lungo abbastanza.</p></div>
            </div>
            """);

        var text = HtmlArticleExtractor.Default.Extract(page).Text;

        Assert.StartsWith("Il presidente", text);
        Assert.DoesNotContain("commento", text);
    }

    [Fact]
    public void A_wrapper_named_like_chrome_is_weighed_after_the_comments_below_it_are_gone()
    {
        var comment = "<li class=\"comment\"><p>Un commento di un lettore che non fa parte dell'articolo, anche se è lungo abbastanza da pesare.</p></li>";
        var page = Page($"""
            <main role="main">
              <div class="entry-content paywall-container">{Body}</div>
              <ol class="comment-list">{string.Concat(Enumerable.Repeat(comment, 6))}</ol>
            </main>
            """);

        var text = HtmlArticleExtractor.Default.Extract(page).Text;

        Assert.StartsWith("Il presidente", text);
        Assert.DoesNotContain("commento", text);
    }

    [Fact]
    public void A_teaser_named_like_an_article_is_not_taken_for_the_body()
    {
        var teaser = "<p>Un'altra notizia, con un riassunto lungo abbastanza da sembrare il testo di un articolo vero e proprio, e anche di più, molto di più, tanto da superare il testo della notizia che la pagina riporta davvero.</p>";
        var page = Page($"""
            <div class="recipe"><div class="intro">{Body}</div></div>
            <div class="teaser teaser-node-article">{teaser}</div>
            """);

        Assert.StartsWith("Il presidente", HtmlArticleExtractor.Default.Extract(page).Text);
    }

    [Fact]
    public void A_list_of_related_posts_is_chrome_even_when_longer_than_the_article()
    {
        var related = "<li><a href=\"/x\">Un altro articolo</a> <small>Il riassunto di un altro articolo, che parla di tutt'altro e non fa parte di questo, anche se è lungo.</small></li>";
        var page = Page($"""<div class="entry">{Body}<ul class="related_post">{string.Concat(Enumerable.Repeat(related, 4))}</ul></div>""");

        var text = HtmlArticleExtractor.Default.Extract(page).Text;

        Assert.StartsWith("Il presidente", text);
        Assert.DoesNotContain("riassunto", text);
    }
}

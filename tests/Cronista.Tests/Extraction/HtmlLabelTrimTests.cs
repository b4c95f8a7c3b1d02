using Cronista.Extraction.Html;

namespace Cronista.Tests.Extraction;

/// <summary>Labels around the article's sentences (a date, a byline, a kicker) are chrome; a section's heading is not.</summary>
public sealed class HtmlLabelTrimTests
{
    private const string Body = """
        <p>Il presidente ha telefonato ieri al suo omologo, secondo quanto riferisce l'agenzia di stampa, e i due hanno parlato a lungo.</p>
        <p>La conversazione è durata un'ora, ha precisato il portavoce, aggiungendo che un incontro è previsto per l'autunno.</p>
        """;

    private static string Text(string article) =>
        HtmlArticleExtractor.Default.Extract($"<!DOCTYPE html><html><head><title>t</title></head><body><article>{article}</article></body></html>").Text;

    [Fact]
    public void A_date_and_a_byline_before_the_first_sentence_are_dropped()
    {
        var text = Text($"<div>13.08.2025</div><p>Von Anna Rossi</p>{Body}");

        Assert.StartsWith("Il presidente", text);
    }

    [Fact]
    public void A_heading_before_the_first_sentence_is_kept()
    {
        var text = Text($"<h2>La telefonata</h2>{Body}");

        Assert.StartsWith("La telefonata\n\nIl presidente", text);
    }

    [Fact]
    public void A_short_post_of_two_sentences_is_an_article()
    {
        var text = Text("<p>Il concerto di sabato è rinviato a domenica per la pioggia prevista. I biglietti restano validi.</p><p>Ci vediamo lì!</p>");

        Assert.StartsWith("Il concerto", text);
    }
}

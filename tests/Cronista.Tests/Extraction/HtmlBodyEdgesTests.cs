using Cronista.Extraction.Html;

namespace Cronista.Tests.Extraction;

/// <summary>Boilerplate phrases (Languages/&lt;iso&gt;/boilerplate.tsv): labels and calls to action at the body's edges,
/// image credits anywhere, are dropped; the same words inside the story are kept.</summary>
public sealed class HtmlBodyEdgesTests
{
    private const string Body = """
        <p>Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, nach einer langen Debatte über die Kosten der Schulen.</p>
        <p>Die Opposition stimmte dagegen und kündigte an, die Entscheidung vor dem Verwaltungsgericht prüfen zu lassen.</p>
        <p>Der Bürgermeister nannte den Beschluss einen Kompromiss, mit dem alle Seiten leben könnten, auch die Kritiker.</p>
        <p>Die Schulen sollen das Geld im Herbst erhalten, wenn das Land seinen Anteil überwiesen hat und die Pläne stehen.</p>
        <p>Über die Gebühren für die Kindergärten will der Rat im kommenden Monat beraten, dann mit den Elternvertretern.</p>
        <p>Die Sitzung dauerte bis spät in den Abend, und viele Bürger verfolgten sie im Saal oder im Livestream der Stadt.</p>
        <p>Am Ende dankte der Bürgermeister allen Beteiligten für die sachliche Diskussion und die Geduld der Zuhörer.</p>
        """;

    private static string Text(string article) =>
        HtmlArticleExtractor.Default.Extract($"<!DOCTYPE html><html><head><title>t</title></head><body><article>{article}</article></body></html>").Text;

    [Fact]
    public void A_call_to_subscribe_after_the_last_sentence_is_dropped()
    {
        var text = Text($"{Body}<p>Immer auf dem Laufenden! Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten.</p>");

        Assert.EndsWith("Geduld der Zuhörer.", text);
    }

    [Fact]
    public void Calls_and_labels_in_other_languages_at_the_end_are_dropped()
    {
        var text = Text($"{Body}<p>Subscribe now to our edition for the full story.</p><p>Mehr zum Thema</p><p>Like it? Share it!</p>");

        Assert.EndsWith("Geduld der Zuhörer.", text);
    }

    [Fact]
    public void A_label_that_is_not_at_an_edge_is_kept()
    {
        var text = Text($"{Body}<h2>Kommentare der Fraktionen</h2>{Body}{Body}");

        Assert.Contains("Kommentare der Fraktionen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_merely_holds_a_phrase_is_kept()
    {
        var text = Text($"{Body}<p>Wer mehr erfahren will, kann die Sitzungsprotokolle abonnieren, sagte der Sprecher.</p>");

        Assert.EndsWith("sagte der Sprecher.", text);
    }

    [Theory]
    [InlineData("Foto: Anna Rossi / dpa")]
    [InlineData("(Photo: Getty Images)")]
    [InlineData("Crédit : AFP")]
    [InlineData("© Stadt Musterhausen")]
    public void An_image_credit_is_dropped_anywhere(string credit)
    {
        var text = Text(Body.Replace("<p>Die Schulen", $"<p>{credit}</p><p>Die Schulen", StringComparison.Ordinal));

        Assert.DoesNotContain(credit, text, StringComparison.Ordinal);
        Assert.Contains("Die Schulen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_paragraph_opening_with_a_credit_word_is_text()
    {
        var paragraph = "Quelle: so nennen die Bewohner den Brunnen am Marktplatz, der seit dem Mittelalter die Stadt mit Wasser versorgt hat und heute unter Denkmalschutz steht, wie der Heimatverein erklärt.";
        var text = Text(Body.Replace("<p>Die Schulen", $"<p>{paragraph}</p><p>Die Schulen", StringComparison.Ordinal));

        Assert.Contains(paragraph, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jetzt teilen!")]
    [InlineData("Schon gelesen?")]
    [InlineData("Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)")]
    [InlineData("Gefällt mir Wird geladen...")]
    public void A_label_ending_in_a_mark_or_a_remark_is_still_a_label(string label)
    {
        var text = Text($"{Body}<p>{label}</p><p>Ein Satz danach, der nicht zum Artikel gehört, sondern zur Seite.</p>");

        Assert.DoesNotContain(label, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_to_action_inside_the_body_is_dropped()
    {
        var text = Text($"{Body}<p>Jetzt abonnieren und alle Artikel lesen.</p>{Body}{Body}");

        Assert.DoesNotContain("Jetzt abonnieren", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_label_inside_the_body_is_dropped()
    {
        var text = Text($"{Body}<h3>Mehr zum Thema:</h3>{Body}{Body}");

        Assert.DoesNotContain("Mehr zum Thema", text, StringComparison.Ordinal);
    }
}

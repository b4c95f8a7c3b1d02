using Cronista.Quotes;

namespace Cronista.Tests.Quotes;

public sealed class QuotationMarksTests
{
    private static string[] Inner(string text) =>
        [.. QuotationMarks.Find(text).Select(q => text.Substring(q.Inner.Start, q.Inner.Length))];

    [Theory]
    [InlineData("in un’atmosfera “calda e amichevole”.", "calda e amichevole")]
    [InlineData("« Nous voulons un compromis », a affirmé Faure.", "Nous voulons un compromis")]
    [InlineData("„Russland will keinen Frieden“, sagte er.", "Russland will keinen Frieden")]
    [InlineData("\"We had a good conversation,\" Trump said.", "We had a good conversation")]
    [InlineData("He called it ‘a disgrace’ on Monday.", "a disgrace")]
    public void Every_style_of_quotation_mark_is_read(string text, string expected) => Assert.Equal([expected], Inner(text));

    [Fact]
    public void Apostrophes_are_not_quotation_marks() => Assert.Empty(Inner("l’agenzia dell’ONU e Putin’s aides"));

    [Fact]
    public void A_quotation_left_open_at_the_end_of_a_paragraph_is_no_quotation() =>
        Assert.Empty(Inner("Ha detto “basta e poi\n\nUn altro paragrafo."));

    [Fact]
    public void Two_quotations_in_one_sentence_are_two() =>
        Assert.Equal(["uno", "due"], Inner("Ha detto “uno” e poi “due”."));

    [Fact]
    public void Typewriter_quotes_are_read() =>
        Assert.Equal(["Das ist nicht unsere Sache"], Inner("``Das ist nicht unsere Sache'', sagte Konzernchef Cor Herkströter."));

    [Theory]
    [InlineData("Disse «basta. Poi Rossi disse «no» e se ne andò.", "no")]
    [InlineData("Il a dit « assez. Puis Dupont a répondu « non » et il est parti.", "non")]
    [InlineData("Er sagte „genug. Dann sagte Müller „nein“ und ging.", "nein")]
    [InlineData("He said \"enough. Then Smith said \"no\" and left.", "no")]
    public void A_mark_left_open_stops_at_the_next_opening_mark_of_its_kind(string text, string expected) =>
        Assert.Equal([expected], Inner(text));

    [Fact]
    public void A_quotation_running_over_paragraphs_is_one_quotation_per_paragraph()
    {
        // The press convention: each paragraph of the speech opens with the mark, only the last closes.
        const string text = "Rossi ha detto: «Prima parte del discorso.\n\n«Seconda parte del discorso.»\n\nUn altro paragrafo.";
        Assert.Equal(["Prima parte del discorso.", "Seconda parte del discorso."], Inner(text));
    }

    [Fact]
    public void An_unclosed_mark_never_swallows_the_paragraphs_after_it()
    {
        var paragraphs = new[]
        {
            "Il sindaco ha detto « che il progetto andrà avanti.",
            "Il consiglio comunale si riunirà lunedì.",
            "L’opposizione ha parlato di «un errore grave».",
        };
        var text = string.Join("\n\n", paragraphs);
        Assert.Equal(["un errore grave"], Inner(text));
    }
    [Fact]
    public void A_straight_opening_mark_closes_with_a_curly_one_unless_a_curly_quotation_opens_first()
    {
        Assert.Equal(["Oz has a huge bully pulpit"], Inner("\"Oz has a huge bully pulpit,” said Gorski."));
        Assert.Equal(["due"], Inner("Ha detto \"uno e poi “due”."));
    }
}

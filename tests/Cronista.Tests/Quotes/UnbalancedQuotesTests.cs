using Cronista.Tests.Support;
using Cronista.Output;

namespace Cronista.Tests.Quotes;

/// <summary>Articles with quotation marks left open: the open quotation stops at a sensible boundary and the paragraphs
/// after it keep their own quotes and claims.</summary>
public sealed class UnbalancedQuotesTests
{
    private static DocumentRecord Analyze(string language, params string[] paragraphs) =>
        DocumentRecords.From(SharedAnalyzer.Analyze(string.Join("\n\n", paragraphs), language, new DateOnly(2025, 6, 20)));

    [Theory]
    [InlineData("it", "«", "»")]
    [InlineData("it", "“", "”")]
    [InlineData("fr", "« ", " »")]
    [InlineData("de", "„", "“")]
    public void The_paragraphs_after_an_unclosed_quotation_keep_their_quotes(string language, string open, string close)
    {
        var record = language switch
        {
            "it" => Analyze("it",
                $"Il ministro degli Esteri Antonio Tajani ha detto ai giornalisti {open}l'Italia è pronta a fare la sua parte.",
                "Secondo una nota della Farnesina, i due ministri hanno discusso della situazione in Medio Oriente.",
                "La premier Giorgia Meloni ha ringraziato Rubio per il sostegno all'Ucraina.",
                $"{open}Non lasceremo sola Kiev{close}, ha detto Meloni."),
            "fr" => Analyze("fr",
                $"Le président Emmanuel Macron a déclaré {open}nous ne laisserons pas tomber l'Ukraine.",
                "Selon l'AFP, le chef de l'État se rendra à Kiev le 15 mars.",
                "La Russie a bombardé Kharkiv dans la nuit, selon les autorités locales.",
                $"{open}Nous tiendrons{close}, a déclaré Volodymyr Zelensky."),
            _ => Analyze("de",
                $"Bundeskanzler Friedrich Merz sagte in Paris {open}Europa muss stärker werden.",
                "Laut der Nachrichtenagentur dpa wird Macron im April nach Berlin reisen.",
                "Russland hat in der Nacht erneut die Ukraine angegriffen, teilte das ukrainische Militär mit.",
                $"{open}Wir halten stand{close}, sagte Wolodymyr Selenskyj."),
        };
        var last = Assert.Single(record.Quotes);
        Assert.DoesNotContain("\n", last.Text);
        Assert.StartsWith(language switch { "it" => "Non lasceremo", "fr" => "Nous tiendrons", _ => "Wir halten" }, last.Text);
        Assert.NotNull(last.Speaker);
        // The claims of the later paragraphs keep their own sources.
        Assert.Contains(record.Claims, c => c.SourceChain.Count > 0 && c.Text.StartsWith(language switch { "it" => "Secondo una nota", "fr" => "Selon l'AFP", _ => "Laut der" }));
    }

    [Fact]
    public void A_straight_quote_left_open_does_not_pair_with_the_next_quotation()
    {
        var record = Analyze("en",
            "The minister said \"we will not give up. The talks went on until late.",
            "\"We are ready,\" Smith said on Monday.");
        // The open quotation ends with its paragraph (the next opens with the same mark: speech running on), never past it.
        Assert.All(record.Quotes, q => Assert.DoesNotContain("\n", q.Text));
        var last = record.Quotes[^1];
        Assert.Equal("We are ready", last.Text);
        Assert.Equal("Smith", last.SpeakerText);
    }
}

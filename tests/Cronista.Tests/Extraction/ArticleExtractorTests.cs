using Cronista.Extraction;
using Cronista.Ingest;
using Cronista.Knowledge;
using Cronista.Tests.Ingest;

namespace Cronista.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    private static Article ExtractPlain(string text, string source = "test.txt") =>
        Extractor.Extract(new RawItem(source, text, RawFormat.PlainText, SourceHints.None, "utf-8", text.Length));

    private static Article ExtractFile(string name)
    {
        var item = new ArticleSources(new IngestOptions()).Read([Fixtures.Path("Articles", name)]).Single();
        return Extractor.Extract(Assert.IsType<RawItem>(item));
    }

    [Fact]
    public void The_date_line_gives_the_date_its_tagline_the_publisher_and_the_dateline_credit_the_agency()
    {
        var article = ExtractFile("wire-story.txt");

        Assert.Equal(new DateOnly(2024, 3, 5), article.Published);
        Assert.Equal("swissinfo.ch", article.Publisher);
        Assert.Equal("Keystone-ATS", article.Agency);
        Assert.Null(article.Title);
        Assert.Null(article.Url);
    }

    [Fact]
    public void Page_chrome_never_enters_the_body_and_the_credit_stays_in_it()
    {
        var article = ExtractFile("wire-story.txt");

        Assert.StartsWith("Il Consiglio federale ha approvato oggi", article.Text);
        Assert.DoesNotContain("Swiss voice", article.Text);
        Assert.DoesNotContain("date 2024", article.Text);
        Assert.Contains("\n\n(Keystone-ATS) Il piano prevede", article.Text);
        Assert.EndsWith("“i lavori inizieranno in primavera”.", article.Text);
    }

    [Fact]
    public void A_url_line_and_a_headline_are_read_and_the_host_names_the_publisher()
    {
        var article = ExtractFile("headline-and-url.txt");

        Assert.Equal(new DateOnly(2025, 1, 20), article.Published);
        Assert.Equal("https://www.lemonde.fr/international/article/2025/01/20/sommet-geneve.html", article.Url);
        Assert.Equal("Le Monde", article.Publisher);
        Assert.Equal("Le sommet de Genève s'ouvre sous tension", article.Title);
        Assert.Equal("AFP", article.Agency);
        Assert.StartsWith("PARIS (AFP) - Les ministres", article.Text);
    }

    [Fact]
    public void A_document_made_from_an_article_carries_its_metadata_and_an_id_from_its_url()
    {
        var article = ExtractFile("headline-and-url.txt");

        var document = article.ToDocument();

        Assert.Equal(Cronista.Core.Document.IdFor(article.Url, ""), document.Id);
        Assert.Equal(article.Text, document.Text);
        Assert.Equal("Le Monde", document.Metadata.Publisher);
        Assert.Equal("AFP", document.Metadata.Agency);
        Assert.Equal(new DateOnly(2025, 1, 20), document.Metadata.Published);
        Assert.Equal("Le sommet de Genève s'ouvre sous tension", document.Metadata.Title);
    }

    [Theory]
    [InlineData("(Keystone-ATS) Putin e Kim hanno parlato.", "Keystone-ATS")]
    [InlineData("(Keystone-SDA) Der Bundesrat hat entschieden.", "Keystone-ATS")]
    [InlineData("ROMA (ANSA) - Il governo ha approvato.", "ANSA")]
    [InlineData("BERLIN (dpa) - Die Regierung hat beschlossen.", "dpa")]
    [InlineData("Berlin (dpa) - Die Regierung hat beschlossen.", "dpa")]
    [InlineData("(AP) — The president said on Monday.", "AP")]
    [InlineData("WASHINGTON, Aug 13 (Reuters) - The president said.", "Reuters")]
    [InlineData("PARIS (AFP) - Le président a déclaré.", "AFP")]
    [InlineData("NEW YORK (ANSA/AFP) - Il presidente ha detto.", "ANSA")]
    [InlineData("SEUL (KCNA) - Il leader ha detto.", "KCNA")]
    public void A_dateline_credit_names_the_agency_and_stays_in_the_text(string paragraph, string agency)
    {
        var article = ExtractPlain("Un lead senza credito, che finisce con un punto.\n\n" + paragraph + "\n");

        Assert.Equal(agency, article.Agency);
        Assert.Contains(paragraph, article.Text);
    }

    [Theory]
    [InlineData("Il presidente (ANSA) ha detto che tutto va bene.")]
    [InlineData("(ap) is no credit when written in lower case.")]
    [InlineData("(Comunicato stampa) Il comune informa.")]
    [InlineData("La notizia è stata data da ANSA e poi da AFP.")]
    public void Words_in_brackets_that_are_not_a_known_dateline_credit_name_no_agency(string paragraph)
    {
        var article = ExtractPlain(paragraph + "\n");

        Assert.Null(article.Agency);
    }

    [Fact]
    public void A_credit_deep_in_the_story_is_not_a_dateline()
    {
        var paragraphs = Enumerable.Range(1, 6).Select(i => $"Paragrafo {i} del racconto.").Append("(ANSA) Una citazione tardiva.");

        Assert.Null(ExtractPlain(string.Join("\n\n", paragraphs)).Agency);
    }

    [Theory]
    [InlineData("Il lead finisce con un punto.\n\nSecondo paragrafo.")]
    [InlineData("Una domanda senza risposta?\n\nSecondo paragrafo.")]
    [InlineData("Un titolo seguito subito dal testo\nSenza riga vuota.")]
    [InlineData("Solo una riga senza punto")]
    public void Without_a_short_unpunctuated_first_line_and_a_blank_line_there_is_no_headline(string text)
    {
        var article = ExtractPlain(text);

        Assert.Null(article.Title);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void A_first_line_of_200_characters_or_more_is_a_lead_not_a_headline()
    {
        var text = new string('a', 200) + "\n\nIl testo.";

        Assert.Null(ExtractPlain(text).Title);
    }

    [Fact]
    public void Windows_line_breaks_are_normalized_before_the_header_is_read()
    {
        var article = ExtractPlain("date 2025-08-13\r\nurl https://www.swissinfo.ch/ita/x\r\nTitolo breve\r\n\r\nIl testo.\r\nAltra riga.\r\n");

        Assert.Equal(new DateOnly(2025, 8, 13), article.Published);
        Assert.Equal("swissinfo.ch", article.Publisher);
        Assert.Equal("Titolo breve", article.Title);
        Assert.Equal("Il testo.\nAltra riga.", article.Text);
    }

    [Fact]
    public void An_unknown_tagline_names_no_publisher_and_still_stays_out_of_the_body()
    {
        var article = ExtractPlain("date 2025-08-13 Le notizie di ogni giorno\nIl testo.");

        Assert.Null(article.Publisher);
        Assert.Equal("Il testo.", article.Text);
    }

    [Fact]
    public void A_tagline_is_recognised_whatever_its_case_and_spacing()
    {
        var article = ExtractPlain("date 2025-08-13   the swiss  VOICE in the world since 1935  \nIl testo.");

        Assert.Equal("swissinfo.ch", article.Publisher);
    }

    [Fact]
    public void A_file_of_header_lines_only_holds_no_article()
    {
        var error = Assert.Throws<ExtractionException>(() => ExtractPlain("date 2025-08-13 The Swiss voice in the world since 1935\nurl https://www.swissinfo.ch/x\n"));

        Assert.Contains("no article text", error.Message);
    }

    [Fact]
    public void What_a_record_declares_wins_over_what_the_text_says()
    {
        var hints = new SourceHints(Url: "https://www.swissinfo.ch/ita/x", Published: new DateOnly(2025, 8, 13), Title: "Titolo", Language: "it",
            Publisher: "Corriere del Ticino", Agency: "Keystone-SDA");
        var item = new RawItem("feed.jsonl:3", "date 2020-01-01\n(ANSA) Il testo.", RawFormat.Record, hints, "utf-8", 10);

        var article = Extractor.Extract(item);

        Assert.Equal("date 2020-01-01\n(ANSA) Il testo.", article.Text);
        Assert.Equal("Corriere del Ticino", article.Publisher);
        Assert.Equal("Keystone-ATS", article.Agency);
        Assert.Equal(new DateOnly(2025, 8, 13), article.Published);
        Assert.Equal("Titolo", article.Title);
        Assert.Equal("it", article.Language);
        Assert.Equal("feed.jsonl:3", article.Source);
    }

    [Fact]
    public void A_record_without_declared_publisher_or_agency_gets_them_from_its_url_and_dateline()
    {
        var hints = new SourceHints(Url: "https://edition.cnn.com/2025/08/13/world/x");
        var item = new RawItem("feed.jsonl:1", "WASHINGTON (AP) — The talks ended.", RawFormat.Record, hints, "utf-8", 10);

        var article = Extractor.Extract(item);

        Assert.Equal("CNN", article.Publisher);
        Assert.Equal("AP", article.Agency);
    }

    [Fact]
    public void A_web_page_gives_its_body_headline_url_date_language_and_site_as_publisher_when_no_other_is_known()
    {
        const string page = """
            <html lang="en"><head><title>Talks resume | Daily Example</title>
            <meta property="og:title" content="Talks resume"><meta property="og:site_name" content="Daily Example">
            <meta property="og:url" content="https://daily.example/world/talks"><meta name="date" content="2024-03-05">
            </head><body><nav><a href="/">Home</a></nav><article><h1>Talks resume</h1>
            <p>GENEVA (Reuters) - Negotiators met again on Tuesday after a pause of three weeks, officials said, and both sides called the first session useful.</p>
            <p>A second round is planned for next month, the host government said in a statement.</p></article></body></html>
            """;

        var article = Extractor.Extract(new RawItem("page.html", page, RawFormat.Html, SourceHints.None, "utf-8", page.Length));

        Assert.StartsWith("GENEVA (Reuters) - Negotiators met again", article.Text);
        Assert.Equal("Talks resume", article.Title);
        Assert.Equal("https://daily.example/world/talks", article.Url);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("Daily Example", article.Publisher);
        Assert.Equal("Reuters", article.Agency);
    }

    [Theory]
    [InlineData("Redazione ANSA", "ANSA")]
    [InlineData("dpa/AFP", "dpa")]
    [InlineData("By Reuters Staff", "Reuters")]
    [InlineData("Mario Rossi e Keystone-ATS", "Keystone-ATS")]
    public void A_web_page_credits_the_agency_its_byline_names(string byline, string agency)
    {
        var page = $"""
            <html lang="it"><head><title>Vertice a Roma</title><meta name="author" content="{byline}"></head><body><article>
            <h1>Vertice a Roma</h1>
            <p>I ministri degli esteri si sono incontrati oggi a Roma per discutere della crisi, ha riferito il governo in una nota.</p>
            <p>Un nuovo incontro è previsto il mese prossimo a Ginevra, secondo quanto riferito dai partecipanti al vertice.</p>
            </article></body></html>
            """;

        var article = Extractor.Extract(new RawItem("page.html", page, RawFormat.Html, SourceHints.None, "utf-8", page.Length));

        Assert.Equal(agency, article.Agency);
    }

    [Theory]
    [InlineData("Mario Rossi")]
    [InlineData("Anna Deste, corrispondente da Berlino")]
    public void A_byline_naming_only_people_credits_no_agency(string byline) =>
        Assert.Null(BylineCredit.Find(byline, NewsAgencies.Default));

    [Fact]
    public void A_web_page_without_an_article_is_refused_with_a_reason()
    {
        const string page = "<html><body><div class=\"menu\"><a href=\"/\">Home</a></div><p>404 Not Found</p></body></html>";

        var error = Assert.Throws<ExtractionException>(() => Extractor.Extract(new RawItem("404.html", page, RawFormat.Html, SourceHints.None, "utf-8", page.Length)));

        Assert.Contains("no article found", error.Message);
    }
}

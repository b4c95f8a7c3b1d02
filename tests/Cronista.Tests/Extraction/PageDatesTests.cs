using AngleSharp.Html.Parser;
using Cronista.Extraction.Html;

namespace Cronista.Tests.Extraction;

/// <summary>The publication date of small pages written for the test, one rule at a time.</summary>
public sealed class PageDatesTests
{
    private const string Prose = """
        <p>Il presidente ha telefonato ieri al suo omologo, secondo quanto riferisce l'agenzia di stampa, e i due hanno
        parlato a lungo della situazione nella regione e delle prossime tappe del negoziato tra i due governi.</p>
        """;

    private static DateOnly? Published(string head, string body, string? url = null, string title = "Telefonata tra i due presidenti | Notizie")
    {
        var html = $"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>";
        var document = new HtmlParser().ParseDocument(html);
        return HtmlMetadataReader.Read(document, url).Published;
    }

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void JSON_LD_datePublished_comes_before_meta_tags()
    {
        var date = Published(
            """
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-05-04T19:18:00+02:00"}</script>
            <meta property="article:published_time" content="2021-05-06T10:00:00Z">
            """,
            Prose);

        Assert.Equal(Day(2021, 5, 4), date);
    }

    [Fact]
    public void The_byline_wins_over_metadata_naming_a_day_the_page_does_not_show()
    {
        // The metadata is the moment in UTC; the page, in Buenos Aires, shows the 3rd.
        var date = Published(
            """<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Wed, 04 May 2022 00:25:56 GMT"}</script>""",
            "<h1>Telefonata tra i due presidenti</h1><p>3 de mayo de 2022 21:25</p>" + Prose);

        Assert.Equal(Day(2022, 5, 3), date);
    }

    [Fact]
    public void Metadata_the_byline_also_shows_is_kept()
    {
        var date = Published(
            """<meta property="article:published_time" content="2022-12-25T10:00:00+01:00">""",
            "<h1>Telefonata tra i due presidenti</h1><p>Isabell Angele 2022-12-07T10:10:52+01:00 | 25.12.2022</p>" + Prose);

        Assert.Equal(Day(2022, 12, 25), date);
    }

    [Fact]
    public void A_byline_years_away_from_the_metadata_is_another_date_not_a_correction()
    {
        var date = Published(
            """<meta property="article:published_time" content="2022-12-25T10:00:00+01:00">""",
            "<h1>Telefonata tra i due presidenti</h1><p>Neuauflage des Artikels vom 3. März 2019</p>" + Prose);

        Assert.Equal(Day(2022, 12, 25), date);
    }

    [Theory]
    [InlineData("2025-08-13T23:30:00-05:00")]
    [InlineData("Wed, 13 Aug 2025 23:30:00 -0500")]
    [InlineData("2025-08-13 23:30:00")]
    public void A_machine_date_is_the_day_in_the_page_s_own_offset_not_in_UTC(string value) =>
        Assert.Equal(Day(2025, 8, 13), Published($"<meta property=\"article:published_time\" content=\"{value}\">", Prose));

    [Fact]
    public void An_article_nested_in_a_web_page_s_JSON_LD_gives_its_date()
    {
        var date = Published(
            """<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2021-05-04"}}</script>""",
            Prose);

        Assert.Equal(Day(2021, 5, 4), date);
    }

    [Fact]
    public void A_broken_JSON_LD_script_still_gives_its_datePublished()
    {
        var date = Published(
            """<script type="application/ld+json">{"@type": "NewsArticle", "author": Anna Rossi, "datePublished": "2021-05-11 09:49:18"}</script>""",
            Prose);

        Assert.Equal(Day(2021, 5, 11), date);
    }

    [Fact]
    public void Dates_of_related_articles_in_JSON_LD_are_not_the_page_s()
    {
        var date = Published(
            """<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2020-01-01"}]}</script>""",
            "<h1>Telefonata tra i due presidenti</h1><p>4 maggio 2021</p>" + Prose);

        Assert.Equal(Day(2021, 5, 4), date);
    }

    [Fact]
    public void An_element_marked_as_the_publication_date_gives_the_date_when_the_page_shows_none() =>
        Assert.Equal(Day(2019, 3, 2), Published("",
            """<h1>Telefonata tra i due presidenti</h1><meta itemprop="datePublished" content="2019-03-02">""" + Prose));

    [Theory]
    [InlineData("10.12.2022, 07:00:03", 2022, 12, 10)]
    [InlineData("01-11-2023 10:29", 2023, 11, 1)]
    [InlineData("12/31/2020", 2020, 12, 31)]
    public void Numeric_metadata_is_read_day_first_unless_it_cannot_be(string value, int year, int month, int day) =>
        Assert.Equal(Day(year, month, day), PageDates.Parse(value));

    [Theory]
    [InlineData("19. Oktober 2019", 2019, 10, 19)]
    [InlineData("Dienstag, 4. Juni 2019, 15:54", 2019, 6, 4)]
    [InlineData("April 19, 2019", 2019, 4, 19)]
    [InlineData("Nov. 8, 2023 / 04:43 PM CST", 2023, 11, 8)]
    [InlineData("Nov 5th 2020", 2020, 11, 5)]
    [InlineData("20 Feb, 2020", 2020, 2, 20)]
    [InlineData("3 mars 2019", 2019, 3, 3)]
    [InlineData("mercredi 19 février 2020", 2020, 2, 19)]
    [InlineData("3 marzo 2019", 2019, 3, 3)]
    [InlineData("miércoles, 11 de mayo de 2022 - 3:40 a.m.", 2022, 5, 11)]
    [InlineData("3 de março de 2019", 2019, 3, 3)]
    [InlineData("3 maart 2019", 2019, 3, 3)]
    [InlineData("11 maja 2021, 11:49", 2021, 5, 11)]
    [InlineData("19.10.2019", 2019, 10, 19)]
    [InlineData("19. 10. 2019", 2019, 10, 19)]
    [InlineData("19/10/2019", 2019, 10, 19)]
    [InlineData("2019-10-19", 2019, 10, 19)]
    [InlineData("28.09.19", 2019, 9, 28)]
    public void Dates_are_read_as_pages_write_them(string written, int year, int month, int day) =>
        Assert.Equal([Day(year, month, day)], TextDates.Default.Find(written).Select(d => d.Date));

    [Theory]
    [InlineData("Version 2.4.10")]
    [InlineData("31.02.2020")]
    [InlineData("© 2019 Notizie")]
    [InlineData("1. März 1985")]
    [InlineData("the markt 3 2019")]
    public void Versions_impossible_days_lone_years_and_old_dates_are_not_publication_dates(string written) =>
        Assert.Empty(TextDates.Default.Find(written));

    [Fact]
    public void The_date_under_the_headline_is_the_publication_date() =>
        Assert.Equal(Day(2019, 10, 19), Published("",
            "<h1>Telefonata tra i due presidenti</h1><p class=\"byline\">Von Anna Rossi | 19. Oktober 2019, 19:08 Uhr</p>" + Prose));

    [Fact]
    public void A_date_labelled_as_an_update_is_passed_over() =>
        Assert.Equal(Day(2021, 5, 4), Published("",
            "<h1>Telefonata tra i due presidenti</h1><p>Aktualisiert am 05.05.2021</p><p>Veröffentlicht am 04.05.2021</p>" + Prose));

    [Fact]
    public void A_date_after_the_author_s_name_is_the_publication_even_far_below_the_headline()
    {
        var body = "<h1>Telefonata tra i due presidenti</h1>" + string.Concat(Enumerable.Repeat(Prose, 12))
            + "<p>Geschrieben von Cooper am 25.08.2015 22:30</p>";

        Assert.Equal(Day(2015, 8, 25), Published("", body));
    }

    [Fact]
    public void An_update_label_reaches_past_a_time_of_day() =>
        Assert.Equal(DateLabel.Updated, PageDateWords.Default.LabelBefore("By Rob Picheta, CNN | Updated 2010 GMT (0410 HKT) "));

    [Fact]
    public void A_publication_label_must_stand_next_to_its_date() =>
        Assert.Equal(DateLabel.None, PageDateWords.Default.LabelBefore("publiziert das THW am Sonntag, den ersten "));

    [Fact]
    public void A_page_that_shows_only_its_update_gives_the_date_labelled_as_created() =>
        Assert.Equal(Day(2019, 6, 17), Published("",
            "<h1>Telefonata tra i due presidenti</h1><p>Last updated 04 Jun 2020, originally created 17 Jun 2019</p>" + Prose));

    [Fact]
    public void An_issue_date_is_not_a_publication_date() =>
        Assert.Equal(DateLabel.Other, PageDateWords.Default.LabelBefore("ePublished: 3 March 2020 | Issue Published: "));

    [Fact]
    public void A_time_element_marked_as_modified_is_passed_over() =>
        Assert.Equal(Day(2021, 10, 27), Published("",
            """
            <h1>Telefonata tra i due presidenti</h1>
            <time class="date-modified" datetime="2021-10-28T13:21:30+01:00">28.10.2021</time>
            <span class="entry-date published updated">27.10.2021</span>
            """ + Prose));

    [Fact]
    public void A_time_element_s_datetime_beats_the_words_it_shows() =>
        Assert.Equal(Day(2023, 10, 31), Published("",
            """<h1>Telefonata tra i due presidenti</h1><time datetime="2023-10-31">vor 2 Stunden</time>""" + Prose));

    [Fact]
    public void The_site_header_s_date_of_today_is_not_the_article_s()
    {
        var menu = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/s{i}\">Sezione {i}</a></li>"));
        var date = Published("",
            $"<div class=\"top\">mercredi 19 février 2020</div><ul class=\"sections\">{menu}</ul><h1>Telefonata tra i due presidenti</h1>" + Prose);

        Assert.Null(date);
    }

    [Fact]
    public void A_dateline_just_above_the_headline_is_taken() =>
        Assert.Equal(Day(2022, 5, 6), Published("",
            "<p>Nacionales | 6 de mayo de 2022 05:30</p><h1>Telefonata tra i due presidenti</h1>" + Prose));

    [Fact]
    public void Dates_of_comments_and_teasers_are_not_the_article_s() =>
        Assert.Null(Published("",
            """
            <h1>Telefonata tra i due presidenti</h1>
            <div class="comments-area"><p>Anna, 20.10.2019</p></div>
            <ul class="article-teasers"><li>Un altro articolo, 18.10.2019</li></ul>
            """ + Prose));

    [Fact]
    public void A_date_in_the_headline_is_its_subject_not_its_byline() =>
        Assert.Equal(Day(2019, 12, 26), Published("",
            "<h1>Protokoll der Vorstandssitzung vom 10. Oktober 2019</h1><p>26.12.2019</p>" + Prose,
            title: "Protokoll der Vorstandssitzung vom 10. Oktober 2019 – Verein"));

    [Fact]
    public void A_date_in_a_headline_block_that_the_title_does_not_repeat_is_a_byline() =>
        Assert.Equal(Day(2022, 1, 25), Published("",
            "<h1>Telefonata tra i due presidenti <span>Pressemitteilung vom 25. Januar 2022</span></h1>" + Prose));

    [Fact]
    public void A_short_menu_heading_the_title_happens_to_contain_is_not_the_headline() =>
        Assert.Equal(Day(2022, 3, 9), Published("",
            """
            <h1>Eignet sich eine Wärmepumpe im Altbau?</h1><p>von Alexander Rosenkranz | 09.03.2022</p>
            <div class="teasers"><h3>Wärmepumpe</h3></div>
            """ + Prose,
            title: "Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de"));

    [Fact]
    public void Dates_of_embedded_posts_are_not_the_article_s() =>
        Assert.Null(Published("",
            """<h1>Telefonata tra i due presidenti</h1><blockquote class="twitter-tweet"><p>Alles Gute</p>— Anna (@anna) May 2, 2020</blockquote>""" + Prose));

    [Fact]
    public void A_date_inside_a_sentence_is_an_event_not_the_publication() =>
        Assert.Null(Published("",
            "<h1>Telefonata tra i due presidenti</h1>" + Prose.Replace("ieri", "il 15. Januar 2022", StringComparison.Ordinal)));

    [Fact]
    public void A_logo_in_the_first_h1_does_not_hide_the_headline_the_title_names() =>
        Assert.Equal(Day(2022, 1, 13), Published("",
            """
            <div class="menu"><h1>Bundesamt für Naturschutz</h1></div>
            <div class="intro"><h2>Telefonata tra i due presidenti</h2><p>13.01.2022</p></div>
            """ + Prose));

    [Fact]
    public void A_sidebar_layout_that_holds_the_headline_is_still_read() =>
        Assert.Equal(Day(2019, 4, 19), Published("",
            """<div class="content right-sidebar"><h1>Telefonata tra i due presidenti</h1><p>Paddy · April 19, 2019 · Mac</p></div>""" + Prose));

    [Fact]
    public void A_layout_named_after_its_sidebar_is_still_read() =>
        Assert.Equal(Day(2022, 5, 3), Published("",
            """<h1>Telefonata tra i due presidenti</h1><div class="lay-sidebar"><time class="com-date">3 de mayo de 2022</time>""" + Prose + "</div>"));

    [Fact]
    public void Markup_nested_thousands_deep_does_not_overflow_the_stack()
    {
        var deep = string.Concat(Enumerable.Repeat("<span>", 20_000)) + "19.10.2019";

        Assert.Equal(Day(2019, 10, 19), Published("", "<h1>Telefonata tra i due presidenti</h1><p>19.10.2019</p>" + deep));
    }

    [Fact]
    public void Without_any_date_on_the_page_the_URL_s_date_is_taken() =>
        Assert.Equal(Day(2021, 4, 22), Published("", Prose, "https://example.org/2021/04/22/telefonata/"));
}

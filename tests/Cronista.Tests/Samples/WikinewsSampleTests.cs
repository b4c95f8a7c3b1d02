using System.Text.Json;

namespace Cronista.Tests.Samples;

/// <summary>Spot checks on the bundled Wikinews articles, with expectations written from reading them.</summary>
public sealed class WikinewsSampleTests
{
    [Fact]
    public void Every_sample_is_read_as_dated_English_news()
    {
        var files = Directory.GetFiles(WikinewsSamples.Folder(), "wikinews-*.txt");

        Assert.True(files.Length >= 6);
        foreach (var file in files)
        {
            var id = Path.GetFileName(file).Split('-')[1];
            var article = WikinewsSamples.Article(id);
            Assert.Equal("en", article.GetProperty("language").GetString());
            Assert.Matches(@"^20\d\d-\d\d-\d\d$", article.GetProperty("published").GetString()!);
            Assert.StartsWith("http://en.wikinews.org/wiki/", article.GetProperty("url").GetString());
            Assert.False(string.IsNullOrEmpty(article.GetProperty("title").GetString()));
        }
    }

    [Fact]
    public void Airbus_job_cuts_names_its_people_and_who_said_what()
    {
        var article = WikinewsSamples.Article("61389");

        Assert.Equal("2007-02-28", article.GetProperty("published").GetString());
        Assert.Equal("PER", Entity(article, "Louis Gallois").GetProperty("type").GetString());
        Assert.Equal("ORG", Entity(article, "EADS").GetProperty("type").GetString());
        Assert.Equal("Julien Talavan", Quote(article, "The response has been massive").GetProperty("speaker_text").GetString());
        Assert.Equal("Julien Talavan", Quote(article, "This is just the beginning").GetProperty("speaker_text").GetString());
        Assert.Equal("Louis Gallois", Claim(article, "Louis Gallois, the Airbus chief executive, said").GetProperty("source_chain").EnumerateArray().Last().GetString());
        Assert.Equal(10000, Amount(article, "10,000").GetProperty("value").GetDecimal());
        Assert.StartsWith("2007-02-28", Time(article, "Wednesday afternoon").GetProperty("value").GetString());
    }

    [Fact]
    public void Aer_Lingus_order_reads_money_dates_and_the_chief_executive()
    {
        var article = WikinewsSamples.Article("71426");

        var mannion = Entity(article, "Dermot Mannion");
        Assert.Equal("chief-executive", mannion.GetProperty("role").GetString());
        Assert.Contains(mannion.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("text").GetString() == "Mannion");
        Assert.Contains(article.GetProperty("entities").EnumerateArray(), e => e.GetProperty("type").GetString() == "ORG" &&
            e.GetProperty("mentions").EnumerateArray().Any(m => m.GetProperty("text").GetString() == "Aer Lingus"));
        foreach (var city in new[] { "Boston", "Chicago", "Dublin" })
            Assert.Equal("LOC", Entity(article, city).GetProperty("type").GetString());
        Assert.Equal("Dermot Mannion", Quote(article, "better on fuel and better on range").GetProperty("speaker_text").GetString());
        var price = Amount(article, "€1.78 billion");
        Assert.Equal(1_780_000_000m, price.GetProperty("value").GetDecimal());
        Assert.Equal("EUR", price.GetProperty("unit").GetString());
        Assert.Equal("2006-09", Time(article, "September 2006").GetProperty("value").GetString());
        Assert.Equal("2014/2016", Time(article, "between 2014 and 2016").GetProperty("value").GetString());
    }

    [Fact]
    public void Chrysler_bankruptcy_gives_each_quote_its_speaker()
    {
        var article = WikinewsSamples.Article("125796");

        Assert.Equal("2009-04-30", Time(article, "Thursday").GetProperty("value").GetString());
        Assert.Equal("Erich Merkle", Quote(article, "History would show").GetProperty("speaker_text").GetString());
        Assert.Equal("Obama", Quote(article, "It's a partnership").GetProperty("speaker_text").GetString());
        Assert.Equal("top administration official", Quote(article, "We expect this to be").GetProperty("speaker_text").GetString());
        Assert.Equal("top administration official", Quote(article, "People will be able to buy cars").GetProperty("speaker_text").GetString());
        var rescue = Amount(article, "$10 million");
        Assert.Equal(10_000_000m, rescue.GetProperty("value").GetDecimal());
        Assert.Equal("USD", rescue.GetProperty("unit").GetString());
    }

    [Fact]
    public void Indonesian_ban_story_groups_short_names_and_resolves_he_said()
    {
        var article = WikinewsSamples.Article("87805");

        var minister = Entity(article, "Jusman Syafii Djamal");
        Assert.Contains(minister.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("text").GetString() == "Djamal");
        var union = Entity(article, "European Union");
        Assert.Contains(union.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("text").GetString() == "EU");
        Assert.Equal("news-agency", Entity(article, "Xinhua").GetProperty("subtype").GetString());
        Assert.Equal("vice-president", Entity(article, "Jusuf Kalla").GetProperty("role").GetString());
        // "Djamal told reporters … “The easiest way is to lift the ban …,” he said.": he is Djamal.
        Assert.Equal("Jusman Syafii Djamal", Quote(article, "The easiest way is to lift the ban").GetProperty("speaker_text").GetString());
        Assert.Equal("2007-11-28", Time(article, "November 28").GetProperty("value").GetString());
        Assert.Equal("Jusman Syafii Djamal", Claim(article, "Djamal told reporters").GetProperty("source_chain").EnumerateArray().Last().GetString());
    }

    private static JsonElement Entity(JsonElement article, string canonical) =>
        article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("canonical").GetString() == canonical);

    private static JsonElement Quote(JsonElement article, string opening) =>
        article.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("text").GetString()!.StartsWith(opening, StringComparison.Ordinal));

    private static JsonElement Claim(JsonElement article, string phrase) =>
        article.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("text").GetString()!.Contains(phrase, StringComparison.Ordinal));

    private static JsonElement Amount(JsonElement article, string written) =>
        article.GetProperty("amounts").EnumerateArray().First(a => a.GetProperty("text").GetString() == written);

    private static JsonElement Time(JsonElement article, string written) =>
        article.GetProperty("times").EnumerateArray().First(t => t.GetProperty("text").GetString() == written);
}

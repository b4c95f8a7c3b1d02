using Cronista.Ingest;
using Cronista.Tests.Support;

namespace Cronista.Tests.Ingest;

public sealed class PublishedTimeTests
{
    [Theory]
    [InlineData("2025-08-13T09:30:00+02:00", "09:30")] // the publisher's own clock, as written
    [InlineData("2025-08-13T23:10:00Z", "23:10")]
    public void A_date_time_gives_the_time_of_day(string stamp, string expected) =>
        Assert.Equal(TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), JsonRecordParser.TimeOfDay(stamp));

    [Fact]
    public void A_bare_date_gives_none() => Assert.Null(JsonRecordParser.TimeOfDay("2025-08-13"));

    [Fact]
    public void The_time_of_day_reaches_the_times_of_the_article()
    {
        const string line = """{"text": "Il premier parlerà tra due ore alla Camera.", "published": "2025-08-13T09:30:00+02:00", "language": "it"}""";
        var raw = Assert.IsType<RawItem>(JsonRecordParser.Parse(line, "test.jsonl:1", "utf-8", line.Length));
        var article = Cronista.Extraction.ArticleExtractor.CreateDefault().Extract(raw);
        var document = SharedAnalyzer.Analyzer.Analyze(article.ToDocument());
        Assert.Contains(document.Get(Cronista.Core.Layers.Times), t => t.Value == "2025-08-13T11:30");
    }
}

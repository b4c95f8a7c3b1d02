using Cronista.Ingest.Feeds;

namespace Cronista.Tests.Ingest.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 03 Dec 2024 23:30:00 +0100", "2024-12-03T23:30:00+01:00")]
    [InlineData("Tue, 3 Dec 2024 23:30:00 +01:00", "2024-12-03T23:30:00+01:00")]
    [InlineData("03 Dec 2024 10:00:00 GMT", "2024-12-03T10:00:00+00:00")]
    [InlineData("Mon, 02 Dec 2024 20:15 EST", "2024-12-02T20:15:00-05:00")]
    [InlineData("Mon, 02 Dec 24 20:15:00 Z", "2024-12-02T20:15:00+00:00")]
    [InlineData("2024-12-03T09:00:00Z", "2024-12-03T09:00:00+00:00")]
    [InlineData("2024-12-03T09:00:00.123+02:00", "2024-12-03T09:00:00.123+02:00")]
    [InlineData("2024-12-03", "2024-12-03T00:00:00+00:00")]
    public void Rss_and_iso_dates_keep_their_offset(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    public void Anything_else_is_no_date(string? text) => Assert.Null(FeedDates.Parse(text));
}

namespace Cronista.Tests.Time;

/// <summary>With the publication's time of day, clock-relative expressions get a clock value.</summary>
public sealed class PublicationTimeTests
{
    private static readonly DateOnly Day = new(2025, 8, 13);
    private static readonly TimeOnly Morning = new(9, 30);

    [Theory]
    [InlineData("it", "Il vertice comincerà tra due ore.", "tra due ore=2025-08-13T11:30")]
    [InlineData("en", "The blast happened 30 minutes ago.", "30 minutes ago=2025-08-13T09:00:00")]
    [InlineData("de", "Der Zug fährt in drei Stunden.", "in drei Stunden=2025-08-13T12:30")]
    [InlineData("it", "La conferenza comincia tra mezz'ora.", "tra mezz'ora=2025-08-13T10:00:00")]
    public void Hours_and_minutes_count_from_the_publication_time(string language, string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, language, Day, publishedTime: Morning)));

    [Fact]
    public void Without_a_publication_time_they_stay_vague() =>
        Assert.Equal(["tra due ore=FUTURE_REF"], TimeKit.Describe("tra due ore", TimeKit.TimesOf("tra due ore", "it", Day)));

    [Theory]
    [InlineData(true, "3:00=2025-08-14T03:00")] // an agenda read at 09:30: 3:00 has passed today, so tomorrow
    [InlineData(false, "3:00=2025-08-13T03:00")] // news: the publication day
    public void A_passed_clock_time_is_tomorrow_only_in_an_agenda(bool forward, string expected) =>
        Assert.Equal([expected], TimeKit.Describe("3:00", TimeKit.TimesOf("3:00", "it", Day, forward, Morning)));
}

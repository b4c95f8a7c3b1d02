namespace Cronista.Tests.Time;

public sealed class WeekendAndFractionTests
{
    // Wednesday 13 August 2025: the weekend before is 9–10 August (W32), the coming one 16–17 August (W33).
    [Theory]
    [InlineData("en", "Talks broke down over the weekend.", "the weekend=2025-W32-WE")]
    [InlineData("en", "Talks will resume over the weekend.", "the weekend=2025-W33-WE")]
    [InlineData("it", "Nel fine settimana i negoziati si sono interrotti.", "fine settimana=2025-W32-WE")]
    [InlineData("en", "She spent 5 1/2 hours in Nairobi.", "5 1/2 hours=PT5H30M")]
    [InlineData("en", "The meeting lasted 1/2 hour.", "1/2 hour=PT30M")]
    [InlineData("en", "He served 2 1/2 years in prison.", "2 1/2 years=P2Y6M")]
    [InlineData("en", "The strike lasted 1 1/2 days.", "1 1/2 days=P1DT12H")]
    [InlineData("en", "But a minute and a half later, a pilot calls in.", "a minute and a half=PT1M30S")]
    [InlineData("en", "Elian will remain in the country for two more weeks.", "two more weeks=P2W")]
    [InlineData("en", "The navy may use the base for 20 additional years.", "20 additional years=P20Y")]
    [InlineData("en", "The talks lasted three hours and a half.", "three hours and a half=PT3H30M")]
    [InlineData("it", "Ha scontato due anni e mezzo di carcere.", "due anni e mezzo=P2Y6M")]
    [InlineData("fr", "Il a passé deux ans et demi en prison.", "deux ans et demi=P2Y6M")]
    public void Weekends_and_fractions_of_hours(string language, string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));
}

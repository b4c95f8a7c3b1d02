namespace Cronista.Tests.Time;

public sealed class NextDayTests
{
    // "the next day" counts from the day under discussion, else from the publication date (13 August 2025).
    [Theory]
    [InlineData("Talks began on Aug. 4 and the accord was signed the next day.", "the next day=2025-08-05")]
    [InlineData("Talks began on Aug. 4; the previous day had been calm.", "the previous day=2025-08-03")]
    public void Next_day_counts_from_the_day_under_discussion(string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
}

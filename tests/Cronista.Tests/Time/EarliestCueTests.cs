namespace Cronista.Tests.Time;

public sealed class EarliestCueTests
{
    // Wednesday 13 August 2025. "as early as Tuesday" is the earliest a thing may happen, so ahead; "by Tuesday" is not.
    [Theory]
    [InlineData("His father could come to the U.S. as early as Tuesday.", "Tuesday=2025-08-19")]
    [InlineData("The group might leave as soon as Tuesday, Castro said.", "Tuesday=2025-08-19")]
    [InlineData("Thirty-two members had filed reports by Tuesday.", "Tuesday=2025-08-12")]
    public void Earliest_weekday_is_ahead(string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
}

namespace Cronista.Tests.Time;

public sealed class RelativeMonthDayTests
{
    [Theory]
    [InlineData("it", "Il decreto entra in vigore il 20 del mese prossimo.", "il 20 del mese prossimo=2025-09-20")]
    [InlineData("en", "The rules apply from the 20th of next month.", "the 20th of next month=2025-09-20")]
    [InlineData("fr", "La loi entre en vigueur le 20 du mois prochain.", "le 20 du mois prochain=2025-09-20")]
    public void A_day_of_a_relative_month(string language, string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));
}

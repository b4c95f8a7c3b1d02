namespace Cronista.Tests.Time;

public sealed class RateTests
{
    // A singular unit after a quantity is a rate, which TimeBank leaves untagged; "three-quarters of" is a fraction.
    [Theory]
    [InlineData("It should help save $500 million a year in costs.")]
    [InlineData("Sales should rise 40% a year.")]
    [InlineData("Guards stood outside the clinic 24 hours a day.")]
    [InlineData("The plant would make 358,000 a month.")]
    [InlineData("Iraq imports about three-quarters of its food.")]
    public void Rates_are_not_amounts_of_time(string text) =>
        Assert.DoesNotContain("=P1", TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Theory]
    [InlineData("Talks could end within a year.", "a year=P1Y")]
    [InlineData("Sales fell $5 million a year ago.", "a year ago=2024")]
    public void Amounts_stay(string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
}

namespace Cronista.Tests.Time;

public sealed class FromNowTests
{
    [Theory]
    [InlineData("The rules take effect three days from now.", "three days from now=2025-08-16")]
    [InlineData("Elections are due two years hence.", "two years hence=2027")]
    [InlineData("It happened three days ago.", "three days ago=2025-08-10")]
    public void Words_after_an_amount_of_time_point_back_or_ahead(string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Theory]
    [InlineData("The summit opens Fri, Aug. 15, in Geneva.", "Fri, Aug. 15=2025-08-15")]
    [InlineData("The Sun reported it first.", null)]
    public void Abbreviated_weekdays_stand_only_before_their_date(string text, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
}

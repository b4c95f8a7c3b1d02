namespace Cronista.Tests.Time;

public sealed class HolidayNameTests
{
    [Theory]
    [InlineData("it", "Il vicepresidente Taha Yassin Ramadan ha parlato alla radio.")]
    [InlineData("en", "Vice President Taha Yassin Ramadan spoke on the radio.")]
    public void A_holiday_word_that_ends_a_name_is_no_holiday(string language, string text) =>
        Assert.Empty(TimeKit.TimesOf(text, language, TimeKit.Published));

    [Theory]
    [InlineData("it", "Durante il Ramadan 2025 i negozi chiudono presto.", "il Ramadan 2025=2025-03-01/2025-03-29")]
    [InlineData("en", "Ramadan 2025 begins on March 1.", "Ramadan 2025=2025-03-01/2025-03-29")]
    public void The_holiday_itself_is_a_date(string language, string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));
}

namespace Cronista.Tests.Time;

/// <summary>Dates that do not exist keep their extent and get no value rather than a wrong one; absurd years are no years.</summary>
public sealed class ImpossibleDateTests
{
    [Theory]
    [InlineData("it", "Il decreto porta la data del 31 febbraio 2025.", "31 febbraio 2025=null")]
    [InlineData("it", "Firmato il 30/02/2024.", "il 30/02/2024=null")]
    [InlineData("en", "The memo was dated February 30, 2021.", "February 30, 2021=null")]
    [InlineData("de", "Der Vertrag wurde am 31. Juni 2020 unterzeichnet.", "31. Juni 2020=null")]
    [InlineData("fr", "La loi a été votée le 31 avril 2020.", "le 31 avril 2020=null")]
    [InlineData("en", "Leap day fell on Feb. 29, 2023.", "Feb. 29, 2023=null")]
    public void A_date_that_does_not_exist_has_no_value(string language, string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));

    [Fact]
    public void Leap_day_of_a_leap_year_is_a_date() =>
        Assert.Equal(["Feb. 29, 2024=2024-02-29"], TimeKit.Describe("It was Feb. 29, 2024.", TimeKit.TimesOf("It was Feb. 29, 2024.", "en", TimeKit.Published)));

    [Theory]
    [InlineData("it", "Nel 99999 non ci sarà nessuno.")]
    [InlineData("en", "In the year 12345 nothing will be left.")]
    public void Absurd_years_are_not_years(string language, string text) =>
        Assert.Empty(TimeKit.TimesOf(text, language, TimeKit.Published));
}

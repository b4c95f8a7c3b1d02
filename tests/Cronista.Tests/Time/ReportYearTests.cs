namespace Cronista.Tests.Time;

public sealed class ReportYearTests
{
    // TimeBank's earnings reports: "for the year" is the year under discussion (the publication year, 2025 here);
    // "the year ended March 31" is an amount of a year, the date its own expression.
    [Theory]
    [InlineData("Sales for the full year were $6.6 billion.", "the full year=2025")]
    [InlineData("For the year, pet food volume was flat.", "the year=2025")]
    [InlineData("It had revenue of $76 million for the year ended March 31.", "the year=P1Y")]
    [InlineData("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "the fiscal year=P1Y")]
    public void Reporting_years(string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Theory]
    [InlineData("The loan is due by the year-end.", "the year=")]
    [InlineData("Profit was $3 million, up from $2 million the year before.", "the year=")]
    public void Not_a_reporting_year(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
}

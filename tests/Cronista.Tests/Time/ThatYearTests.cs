namespace Cronista.Tests.Time;

public sealed class ThatYearTests
{
    // "that year" is the year of the date under discussion; with no date nearby it is no expression.
    [Fact]
    public void That_year_is_the_year_under_discussion()
    {
        const string text = "He fled to Florida in June 1998 and returned to Cuba later that year.";
        Assert.Contains("that year=1998", TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
    }

    [Fact]
    public void That_year_without_a_date_is_left_out()
    {
        const string text = "Sales rose sharply that year, the company said.";
        Assert.DoesNotContain("that year", TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
    }
}

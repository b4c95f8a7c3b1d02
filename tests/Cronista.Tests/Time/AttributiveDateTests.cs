namespace Cronista.Tests.Time;

public sealed class AttributiveDateTests
{
    // Between an article and its noun a date is a modifier: the article is the noun's and stays outside (TimeML extents).
    [Theory]
    [InlineData("Inspections follow the Feb. 23 accord signed by Annan.", "Feb. 23=2025-02-23")]
    [InlineData("The talks followed the August 1988 cease-fire.", "August 1988=1988-08")]
    [InlineData("The accord was signed by the end of the Feb. 23 talks.", "Feb. 23=2025-02-23")]
    public void Article_before_a_date_modifier_is_the_nouns(string text, string expected)
    {
        var described = TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published));
        Assert.Contains(expected, described);
        Assert.DoesNotContain("the " + expected, described);
    }
}

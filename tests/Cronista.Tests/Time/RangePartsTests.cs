namespace Cronista.Tests.Time;

/// <summary>A range is one expression with an interval value, and keeps its two ends as the expressions TimeML tags.</summary>
public sealed class RangePartsTests
{
    [Theory]
    [InlineData("en", "Shares were bought from Aug. 26 to Oct. 20 for $23 each.", "from Aug. 26 to Oct. 20=2025-08-26/2025-10-20", "Aug. 26=2025-08-26", "Oct. 20=2025-10-20")]
    [InlineData("en", "He sold shares between 1985 and 1987.", "between 1985 and 1987=1985/1987", "1985=1985", "1987=1987")]
    [InlineData("it", "Si vota dal 3 al 5 maggio.", "dal 3 al 5 maggio=2025-05-03/2025-05-05", "3=2025-05-03", "5 maggio=2025-05-05")]
    public void A_range_keeps_its_ends(string language, string text, string range, string from, string to)
    {
        var time = Assert.Single(TimeKit.TimesOf(text, language, TimeKit.Published));

        Assert.Equal([range], TimeKit.Describe(text, [time]));
        Assert.Equal([from, to], TimeKit.Describe(text, time.Parts));
    }

    [Fact]
    public void Other_expressions_have_no_parts() =>
        Assert.Empty(Assert.Single(TimeKit.TimesOf("It happened on Aug. 26.", "en", TimeKit.Published)).Parts);
}

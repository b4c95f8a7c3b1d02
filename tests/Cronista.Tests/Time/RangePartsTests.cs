namespace Cronista.Tests.Time;

/// <summary>A range is one expression with an interval value, and keeps its two ends as the expressions TimeML tags.</summary>
public sealed class RangePartsTests
{
    [Theory]
    [InlineData("en", "Shares were bought from Aug. 26 to Oct. 20 for $23 each.", "from Aug. 26 to Oct. 20=2024-08-26/2024-10-20", "Aug. 26=2024-08-26", "Oct. 20=2024-10-20")]
    [InlineData("en", "He sold shares between 1985 and 1987.", "between 1985 and 1987=1985/1987", "1985=1985", "1987=1987")]
    [InlineData("it", "Si vota dal 3 al 5 maggio.", "dal 3 al 5 maggio=2025-05-03/2025-05-05", "3=2025-05-03", "5 maggio=2025-05-05")]
    [InlineData("en", "The fair runs July 13-15 in Basel.", "July 13-15=2025-07-13/2025-07-15", "July 13=2025-07-13", "15=2025-07-15")]
    [InlineData("en", "Talks are set for 12 to 16 September.", "12 to 16 September=2025-09-12/2025-09-16", "12=2025-09-12", "16 September=2025-09-16")]
    [InlineData("it", "Lo sciopero è previsto giovedì 14 agosto dalle 9 alle 13.", "giovedì 14 agosto dalle 9 alle 13=2025-08-14T09:00/2025-08-14T13:00", "9=2025-08-14T09:00", "13=2025-08-14T13:00")]
    [InlineData("en", "The office is open from 9:30 to 11:00 on Friday 15 August.", "from 9:30 to 11:00 on Friday 15 August=2025-08-15T09:30/2025-08-15T11:00", "9:30=2025-08-15T09:30", "11:00=2025-08-15T11:00")]
    public void A_range_keeps_its_ends(string language, string text, string range, string from, string to)
    {
        var time = Assert.Single(TimeKit.TimesOf(text, language, TimeKit.Published));

        Assert.Equal([range], TimeKit.Describe(text, [time]));
        Assert.Equal([from, to], TimeKit.Describe(text, time.Parts));
    }

    [Theory]
    [InlineData("Polls are open 3:30-6 p.m. today.", "2025-08-13T15:30/2025-08-13T18:00")]
    [InlineData("The office opens 9:30 - 11:00.", "2025-08-13T09:30/2025-08-13T11:00")]
    public void An_afternoon_end_puts_the_start_in_the_afternoon(string text, string expected) =>
        Assert.Contains(TimeKit.TimesOf(text, "en", TimeKit.Published), t => t.Value == expected);

    [Fact]
    public void A_bare_second_day_past_the_month_end_is_no_range() =>
        Assert.DoesNotContain(TimeKit.TimesOf("on Feb. 27-31", "en", TimeKit.Published), t => t.Parts.Length > 0);

    [Fact]
    public void Other_expressions_have_no_parts() =>
        Assert.Empty(Assert.Single(TimeKit.TimesOf("It happened on Aug. 26.", "en", TimeKit.Published)).Parts);
}

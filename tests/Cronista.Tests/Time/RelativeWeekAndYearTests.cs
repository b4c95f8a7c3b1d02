namespace Cronista.Tests.Time;

/// <summary>A holiday in a year named relative to now, a weekday of a week named relative to now, and holidays counted from
/// another holiday (Black Friday after Thanksgiving); published Wednesday 13 August 2025.</summary>
public sealed class RelativeWeekAndYearTests
{
    [Theory]
    [InlineData("Shoppers flocked to the malls over Christmas last year.", "Christmas last year=2024-12-25")]
    [InlineData("Sales jumped on Black Friday last year, the retailer said.", "Black Friday last year=2024-11-29")]
    [InlineData("The parade will return at Thanksgiving of next year.", "Thanksgiving of next year=2026-11-26")]
    [InlineData("Online orders hit a record on Cyber Monday 2024.", "Cyber Monday 2024=2024-12-02")]
    public void A_holiday_in_a_relative_year_is_that_year_s_day(string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    // The holiday alone is the occurrence nearest the publication date.
    [Fact]
    public void A_year_that_owns_what_follows_stays_apart_from_the_holiday()
    {
        const string text = "Over Christmas, last year's record fell.";
        Assert.Equal(["Christmas=2025-12-25", "last year=2024"], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
    }

    [Theory]
    [InlineData("The fire started on Sunday of last week, officials said.", "Sunday of last week=2025-08-10")]
    [InlineData("Turnout in last week's Sunday election was low.", "last week's Sunday=2025-08-10")]
    [InlineData("The talks resume on Friday of next week.", "Friday of next week=2025-08-22")]
    public void A_weekday_of_a_relative_week_is_one_date(string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Theory]
    [InlineData("The summit will open Thursday 10 a.m. in Geneva.", "Thursday 10 a.m.=2025-08-14T10:00")]
    [InlineData("Polls will close Friday 8 pm local time.", "Friday 8 pm=2025-08-15T20:00")]
    public void A_number_before_AM_or_PM_after_a_weekday_is_its_hour_not_a_day(string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Theory]
    [InlineData("The law takes effect two years from today.", "two years from today=2027-08-13")] // counted from a day: a day
    [InlineData("The law takes effect two years from now.", "two years from now=2027")] // the unit's precision
    public void An_amount_from_today_is_a_day(string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Theory]
    [InlineData("The blast came at twenty after 3 p.m. on the main square.", "twenty after 3 p.m.=2025-08-13T15:20")]
    [InlineData("The vote closed at ten after midnight.", "ten after midnight=2025-08-13T00:10")]
    public void Minutes_after_an_hour_that_says_its_half_are_a_clock_time(string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Fact]
    public void A_count_after_which_a_bare_number_follows_is_no_clock_time()
    {
        const string text = "The toll rose to 20 after 3 more bodies were found.";
        Assert.Empty(TimeKit.TimesOf(text, "en", TimeKit.Published));
    }

    [Fact]
    public void A_week_named_by_its_Sunday_is_the_US_week_it_opens()
    {
        const string text = "The trial resumes the week of Sept. 14.";
        Assert.Equal(["the week of Sept. 14=2025-W38"], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
    }

    [Theory]
    [InlineData("Doors open at 3:30.", 4, "3:30=2013-02-12T15:30")] // its afternoon reading is still ahead
    [InlineData("Doors open at 3:30.", 16, "3:30=2013-02-13T03:30")] // both readings passed: tomorrow's
    [InlineData("Doors open at 03:30.", 4, "03:30=2013-02-13T03:30")] // written on the 24-hour clock
    public void In_an_agenda_a_clock_time_without_AM_PM_takes_its_next_reading(string text, int hour, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", new DateOnly(2013, 2, 12), forwardLooking: true, publishedTime: new TimeOnly(hour, 30))));
}

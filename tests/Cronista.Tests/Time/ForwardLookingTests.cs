namespace Cronista.Tests.Time;

/// <summary>A forward-looking text (an agenda) reads open dates ahead of the publication date; news decides by tense.</summary>
public sealed class ForwardLookingTests
{
    // Tuesday 12 February 2013.
    private static readonly DateOnly Tuesday = new(2013, 2, 12);

    [Theory]
    [InlineData("martedì", "it", false, "2013-02-12")] // news: the weekday of publication is that day
    [InlineData("martedì", "it", true, "2013-02-19")] // agenda: never today, the next one
    [InlineData("Friday", "en", false, "2013-02-08")]
    [InlineData("Friday", "en", true, "2013-02-15")]
    [InlineData("Ferragosto", "it", false, "2012-08-15")] // the nearest occurrence
    [InlineData("Ferragosto", "it", true, "2013-08-15")] // the next one
    [InlineData("im Oktober", "de", false, "2012-10")]
    [InlineData("im Oktober", "de", true, "2013-10")]
    public void Open_dates_point_ahead_only_in_a_forward_looking_text(string text, string language, bool forward, string expected)
    {
        var time = Assert.Single(TimeKit.TimesOf(text, language, Tuesday, forward));
        Assert.Equal(expected, time.Value);
    }

    [Theory]
    [InlineData(false, "two weeks=P2W")] // news: a length of time, as TimeML has it
    [InlineData(true, "in two weeks=2013-02-26")] // agenda: a point ahead
    public void In_before_an_amount_of_time_points_ahead_only_in_an_agenda(bool forward, string expected)
    {
        const string text = "The report is due in two weeks.";
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", Tuesday, forward)));
    }

    [Fact]
    public void Explicit_past_words_keep_their_meaning_in_a_forward_looking_text()
    {
        var times = TimeKit.TimesOf("ieri", "it", Tuesday, forwardLooking: true);
        Assert.Equal("2013-02-11", Assert.Single(times).Value);
    }

    [Theory]
    [InlineData(false, "Fri, Jul 18=2013-07-18")] // news: the inferred year; a weekday that does not match is more often a slip
    [InlineData(true, "Fri, Jul 18=2014-07-18")] // agenda: the next year in which July 18 is a Friday
    public void A_weekday_picks_the_year_of_its_date_only_in_an_agenda(bool forward, string expected)
    {
        const string text = "Concert: Fri, Jul 18, at the arena.";
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", Tuesday, forward)));
    }
}

using Cronista.Time;
using Cronista.Time.Calendar;

namespace Cronista.Tests.Time;

/// <summary>An amount of time placed next to now keeps TimeML's duration as its value and says where it lies as its interval.</summary>
public sealed class AnchoredDurationTests
{
    [Theory]
    [InlineData(2, "M", false, "2012-12/2013-01")]
    [InlineData(3, "Y", true, "2014/2016")]
    [InlineData(2, "W", false, "2013-W05/2013-W06")]
    [InlineData(3, "D", true, "2013-02-13/2013-02-15")]
    public void Whole_periods_lie_next_to_the_anchors_own(int count, string unit, bool ahead, string expected) =>
        Assert.Equal(expected, Anchoring.Stretch(new DateOnly(2013, 2, 12), count, unit, ahead));

    [Theory]
    [InlineData(0, "M")]
    [InlineData(2, "H")] // clock units need a time of day the anchor does not have
    public void No_stretch_without_whole_periods_of_the_calendar(int count, string unit) =>
        Assert.Null(Anchoring.Stretch(new DateOnly(2013, 2, 12), count, unit, ahead: false));

    [Theory]
    [InlineData("it", "Negli ultimi due anni il debito è cresciuto.", "P2Y", "2023/2024")]
    [InlineData("en", "Prices will rise over the next three months.", "P3M", "2025-09/2025-11")]
    [InlineData("fr", "Les trois derniers mois ont été difficiles.", "P3M", "2025-05/2025-07")]
    public void A_modified_amount_of_time_gets_its_interval(string language, string text, string value, string interval)
    {
        var time = Assert.Single(TimeKit.TimesOf(text, language, TimeKit.Published));
        Assert.Equal((TimexType.DURATION, value, interval), (time.Type, time.Value, time.Interval));
    }

    [Theory]
    [InlineData("Nelle ultime due ore il fiume è salito.", "PT2H", "2025-08-13T07:00/2025-08-13T08:00")]
    [InlineData("In the next 3 minutes the doors close.", "PT3M", "2025-08-13T09:31/2025-08-13T09:33")]
    public void Hours_and_minutes_lie_next_to_the_publication_time(string text, string value, string interval)
    {
        var time = Assert.Single(TimeKit.TimesOf(text, text.StartsWith("In the", StringComparison.Ordinal) ? "en" : "it", TimeKit.Published, publishedTime: new TimeOnly(9, 30)));
        Assert.Equal((value, interval), (time.Value, time.Interval));
    }

    [Fact]
    public void Without_a_publication_time_hours_have_no_interval() =>
        Assert.Null(Assert.Single(TimeKit.TimesOf("Nelle ultime due ore il fiume è salito.", "it", TimeKit.Published)).Interval);

    [Fact]
    public void A_bare_amount_of_time_has_no_interval() =>
        Assert.Null(Assert.Single(TimeKit.TimesOf("Il processo è durato due anni.", "it", TimeKit.Published)).Interval);
}

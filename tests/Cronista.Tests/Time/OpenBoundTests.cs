namespace Cronista.Tests.Time;

/// <summary>A point in time open on one side keeps its value and extent and takes the TIMEX3 modifier BEFORE or AFTER.</summary>
public sealed class OpenBoundTests
{
    [Theory]
    [InlineData("it", "La legge va approvata entro il 15 settembre.", "il 15 settembre", "2025-09-15", "BEFORE")]
    [InlineData("it", "Lo sciopero durerà dalle 14 di oggi.", "14 di oggi", "2025-08-13T14:00", "AFTER")]
    [InlineData("it", "Non ci saranno decisioni prima di ottobre.", "ottobre", "2025-10", "BEFORE")]
    [InlineData("en", "The index has risen since 2014.", "2014", "2014", "AFTER")]
    [InlineData("en", "Shops close before 11 am.", "11 am", "2025-08-13T11:00", "BEFORE")]
    public void The_word_before_sets_the_modifier(string language, string text, string extent, string value, string mod)
    {
        var time = Assert.Single(TimeKit.TimesOf(text, language, TimeKit.Published));
        Assert.Equal($"{extent}={value}", TimeKit.Describe(text, [time])[0]);
        Assert.Equal(mod, time.Mod);
    }

    [Theory]
    [InlineData("Talks resume three days after Easter.")]
    [InlineData("They meet twenty after 3 pm.")]
    public void An_amount_before_the_word_counts_from_the_point_and_leaves_it_closed(string text) =>
        Assert.All(TimeKit.TimesOf(text, "en", TimeKit.Published), t => Assert.Null(t.Mod));

    [Fact]
    public void A_source_is_not_a_bound() =>
        Assert.Null(Assert.Single(TimeKit.TimesOf("The data from 2014 were revised.", "en", TimeKit.Published)).Mod);
}

namespace Cronista.Tests.Time;

/// <summary>A part of the day without its own day is on the day under discussion, else on the publication day.</summary>
public sealed class PartOfDayTests
{
    [Theory]
    [InlineData("it", "Ieri il premier ha incontrato i sindacati. In serata è arrivata la nota del governo.", "serata=2025-08-12TEV")]
    [InlineData("it", "Il vertice si è chiuso nel pomeriggio.", "pomeriggio=2025-08-13TAF")]
    [InlineData("it", "Ieri si è votato. La sera, il premier ha parlato in tv.", "La sera=2025-08-12TEV")]
    [InlineData("it", "Il voto è previsto domani in serata.", "domani in serata=2025-08-14TEV")]
    [InlineData("en", "On Monday, Aug. 11, the talks resumed. In the afternoon both sides left.", "the afternoon=2025-08-11TAF")]
    public void A_part_of_the_day_takes_the_day_under_discussion(string language, string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));

    [Fact]
    public void A_day_named_long_before_is_no_longer_under_discussion()
    {
        const string text = "Lunedì 11 agosto si è votato. Poi è cominciato lo spoglio. I risultati sono attesi. In serata parlerà il premier.";
        Assert.Contains("serata=2025-08-13TEV", TimeKit.Describe(text, TimeKit.TimesOf(text, "it", TimeKit.Published)));
    }
}

namespace Cronista.Tests.Time;

public sealed class NearFutureTests
{
    // The coming time as a noun phrase is FUTURE_REF; the adjective "near-term" is no expression (TimeBank).
    [Theory]
    [InlineData("It plans an offering in the near future.", "the near future=FUTURE_REF")]
    [InlineData("We don't minimize the challenges of the near term.", "the near term=FUTURE_REF")]
    [InlineData("It wants to placate some holders in the short term.", "the short term=FUTURE_REF")]
    [InlineData("They will have to live without power for a while.", "a while=PXX")]
    public void Near_future(string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Fact]
    public void Near_term_adjective_is_left_out()
    {
        const string text = "The fray means near-term earnings will fall.";
        Assert.DoesNotContain("FUTURE_REF", TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
    }
}

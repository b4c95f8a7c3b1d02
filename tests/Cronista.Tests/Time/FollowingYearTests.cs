namespace Cronista.Tests.Time;

public sealed class FollowingYearTests
{
    // "the following year" counts from the date under discussion, and names a year; without one it counts from now.
    [Theory]
    [InlineData("On May 22, 1995, Farkas was made a general, and the following year he was appointed attache.", "the following year=1996")]
    [InlineData("The plant will close, and the following year the site will be sold.", "the following year=2026")]
    public void Following_year(string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));
}

namespace Cronista.Tests.Time;

public sealed class WeekOfTests
{
    [Theory]
    [InlineData("it", "Il vertice è fissato nella settimana del 6 ottobre.", "settimana del 6 ottobre=2025-W41")]
    [InlineData("it", "Il raduno è previsto il weekend del 15 novembre.", "il weekend del 15 novembre=2025-W46-WE")]
    [InlineData("en", "The vote is set for the week of October 6th.", "the week of October 6th=2025-W41")]
    public void The_week_of_a_day_is_the_week_holding_it(string language, string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));
}

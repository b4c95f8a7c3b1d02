namespace Cronista.Tests.Time;

/// <summary>A day of the month alone, written as an ordinal, after an article and ending its clause.</summary>
public sealed class OrdinalDayTests
{
    [Theory]
    [InlineData("The vote was set for the 15th.", "the 15th=2025-08-15")]
    [InlineData("Talks resume on the 20th, officials said.", "the 20th=2025-08-20")]
    public void An_ordinal_day_ending_its_clause_is_a_date(string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Theory]
    [InlineData("The appeal went to the 11th Circuit Court of Appeals.")]
    [InlineData("She came 1st in the race.")]
    public void An_ordinal_naming_something_else_is_not(string text) =>
        Assert.Empty(TimeKit.TimesOf(text, "en", TimeKit.Published));
}

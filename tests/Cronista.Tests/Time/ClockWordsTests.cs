namespace Cronista.Tests.Time;

/// <summary>Minutes said in words around the hour, in English and Italian.</summary>
public sealed class ClockWordsTests
{
    [Theory]
    [InlineData("en", "The polls close at half past three pm.", "half past three pm=2025-08-13T15:30")]
    [InlineData("en", "The ceremony starts at a quarter to noon.", "a quarter to noon=2025-08-13T11:45")]
    [InlineData("en", "They met at 10 past 3 pm.", "10 past 3 pm=2025-08-13T15:10")]
    [InlineData("it", "La seduta riprende alle 8 e mezza.", "8 e mezza=2025-08-13T08:30")]
    [InlineData("it", "Il treno parte a mezzogiorno meno un quarto.", "mezzogiorno meno un quarto=2025-08-13T11:45")]
    public void Minutes_in_words_move_the_hour(string language, string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));

    [Theory]
    [InlineData("The minister will speak this afternoon at 2.", "this afternoon at 2=2025-08-13T14:00")]
    [InlineData("The count resumes tomorrow at 9.", "tomorrow at 9=2025-08-14T09:00")]
    public void After_a_day_at_makes_a_bare_hour_a_time(string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, "en", TimeKit.Published)));

    [Fact]
    public void Alone_at_does_not() => Assert.Empty(TimeKit.TimesOf("The score stood at 3 after the break.", "en", TimeKit.Published));

    [Fact]
    public void A_range_of_numbers_is_no_clock_time() =>
        Assert.Empty(TimeKit.TimesOf("Unemployment fell from 10 to 8 percent.", "en", TimeKit.Published));
}

namespace Cronista.Tests.Time;

/// <summary>The tense of the verb nearest a date without a year or week says which way it lies from the publication date.</summary>
public sealed class TenseTests
{
    // Wednesday 13 August 2025.
    [Theory]
    [InlineData("en", "The summit will be on Friday, the White House said on Tuesday.", "Friday=2025-08-15")]
    [InlineData("en", "The summit will be on Friday, the White House said on Tuesday.", "Tuesday=2025-08-12")]
    [InlineData("en", "Protesters planned a large demonstration in the city center on Saturday.", "Saturday=2025-08-16")]
    [InlineData("en", "The offer had been scheduled to expire Friday.", "Friday=2025-08-08")]
    [InlineData("en", "The father would be traveling to the United States Thursday with his wife.", "Thursday=2025-08-14")]
    [InlineData("en", "She will be named commander of the shuttle for a mission in December.", "December=2025-12")]
    [InlineData("en", "The three countries are expected to join the alliance in April.", "April=2026-04")]
    [InlineData("en", "The appeal is heard in October.", "October=2025-10")]
    [InlineData("en", "The stock split would be paid on a still unspecified date in January.", "January=2026-01")]
    [InlineData("en", "The carrier has been on patrol since March.", "March=2025-03")]
    [InlineData("en", "In the fiscal year ended Jan. 31, the company reported sales of $59 million.", "Jan. 31=2025-01-31")]
    [InlineData("en", "The bank named a new chairman, effective Feb. 1.", "Feb. 1=2026-02-01")]
    [InlineData("it", "Il vertice si terrà venerdì a Roma.", "venerdì=2025-08-15")]
    public void Nearest_verb_places_the_date(string language, string text, string expected) =>
        Assert.Contains(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));
}

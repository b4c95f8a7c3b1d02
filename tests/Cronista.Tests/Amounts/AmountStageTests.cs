using Cronista.Tests.Time;

namespace Cronista.Tests.Amounts;

public sealed class AmountStageTests
{
    private static string[] Describe(string text, string language) =>
        [.. TimeKit.AmountsOf(text, language, TimeKit.Published).Select(a =>
            $"{a.Span.Of(text)}={a.Value}{(a.Unit is null ? "" : " " + a.Unit)}{(a.Counted is { } c ? " (" + c.Of(text) + ")" : "")}")];

    [Fact]
    public void Numbers_of_time_expressions_are_not_amounts()
    {
        const string text = "Nel 2024, il 15 agosto, dopo 80 anni e 3 giorni, 1910-1945, sono arrivati 300 soldati.";
        Assert.Equal(["300=300 (soldati)"], Describe(text, "it"));
    }

    [Theory]
    [InlineData("en", "The Airbus A350 and the Boeing 787 and COVID-19 and the G7.")]
    [InlineData("it", "Ha installato Windows 11 sull'iPhone 15, il #3 della classifica.")]
    [InlineData("en", "The score was 2-1 and the shop is open 24/7.")]
    public void Model_numbers_codes_and_scores_are_not_amounts(string language, string text) =>
        Assert.Empty(Describe(text, language));

    [Fact]
    public void A_negative_sign_glued_to_the_number_counts()
    {
        Assert.Equal(["-2,1%=-2.1 %"], Describe("Il Pil è sceso del -2,1%.", "it"));
    }

    [Theory]
    [InlineData("en", "The deal is worth $5m.", "$5m=5000000 USD")]
    [InlineData("en", "He ran the 100m in ten seconds.", "100m=100 m")]
    public void A_glued_m_is_a_million_next_to_money_and_a_metre_otherwise(string language, string text, string expected) =>
        Assert.Equal([expected], Describe(text, language));

    [Fact]
    public void Lone_article_like_ones_are_not_amounts_but_one_million_is()
    {
        Assert.Equal(["un milione=1000000 (persone)"], Describe("Un uomo ha detto che un milione di persone ha votato.", "it"));
    }

    [Fact]
    public void Space_grouped_thousands_do_not_swallow_a_year() =>
        Assert.Equal(["500=500 (persone)"], Describe("Nel 2024 500 persone hanno protestato.", "it"));
}

using Cronista.Quotes;

namespace Cronista.Tests.Quotes;

public sealed class QuotationMarksTests
{
    private static string[] Inner(string text) =>
        [.. QuotationMarks.Find(text).Select(q => text.Substring(q.Inner.Start, q.Inner.Length))];

    [Theory]
    [InlineData("in un’atmosfera “calda e amichevole”.", "calda e amichevole")]
    [InlineData("« Nous voulons un compromis », a affirmé Faure.", "Nous voulons un compromis")]
    [InlineData("„Russland will keinen Frieden“, sagte er.", "Russland will keinen Frieden")]
    [InlineData("\"We had a good conversation,\" Trump said.", "We had a good conversation")]
    [InlineData("He called it ‘a disgrace’ on Monday.", "a disgrace")]
    public void Every_style_of_quotation_mark_is_read(string text, string expected) => Assert.Equal([expected], Inner(text));

    [Fact]
    public void Apostrophes_are_not_quotation_marks() => Assert.Empty(Inner("l’agenzia dell’ONU e Putin’s aides"));

    [Fact]
    public void A_quotation_left_open_at_the_end_of_a_paragraph_is_no_quotation() =>
        Assert.Empty(Inner("Ha detto “basta e poi\n\nUn altro paragrafo."));

    [Fact]
    public void Two_quotations_in_one_sentence_are_two() =>
        Assert.Equal(["uno", "due"], Inner("Ha detto “uno” e poi “due”."));
}

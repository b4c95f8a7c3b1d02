using Cronista.Text;

namespace Cronista.Tests.Text;

/// <summary>Sentence ends around list labels, footnote references, German ordinals and opening marks.</summary>
public sealed class SentenceSplitterListTests
{
    private static readonly TokenizationRuleSet Rules = new();

    private static string[] Sentences(string text, string language)
    {
        var rules = Rules.For(language);
        var tokens = Tokenizer.Tokenize(text, rules);
        return [.. SentenceSplitter.Split(text, tokens, rules).Select(s => text.Substring(s.Span.Start, s.Span.Length))];
    }

    [Fact]
    public void A_number_labelling_a_list_item_stays_with_the_item() =>
        Assert.Equal(["1. Definizioni.", "4. Restrizioni."], Sentences("1. Definizioni. 4. Restrizioni.", "it"));

    [Fact]
    public void A_footnote_reference_closes_the_sentence_it_follows() =>
        Assert.Equal(["He stayed until 1805. [6]", "An undistinguished student."], Sentences("He stayed until 1805. [6] An undistinguished student.", "en"));

    [Fact]
    public void German_ordinals_after_an_article_do_not_end_sentences() =>
        Assert.Equal(["Gipsfassaden aus dem 18. Jahrhundert stehen im 6. Stock.", "Dann ist Ruhe."],
            Sentences("Gipsfassaden aus dem 18. Jahrhundert stehen im 6. Stock. Dann ist Ruhe.", "de"));

    [Fact]
    public void A_year_after_a_preposition_still_ends_a_sentence() =>
        Assert.Equal(["Er lebt dort seit 1990.", "Die Stadt wuchs."], Sentences("Er lebt dort seit 1990. Die Stadt wuchs.", "de"));

    [Theory]
    [InlineData("de", "Sie schwiegen. ``Wir gehen'', sagte er.")]
    [InlineData("fr", "Le juge a refusé. - Sur cette vente, rien.")]
    public void Opening_quotes_and_list_dashes_start_a_sentence(string language, string text) =>
        Assert.Equal(2, Sentences(text, language).Length);
}

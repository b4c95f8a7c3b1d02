using Cronista.Core;
using Cronista.Text;

namespace Cronista.Tests.Text;

public sealed class TokenizerTests
{
    private static readonly TokenizationRuleSet Rules = new();

    private static string[] Tokens(string text, string language) =>
        [.. Tokenizer.Tokenize(text, Rules.For(language)).Select(t => text.Substring(t.Span.Start, t.Span.Length))];

    private static string[] Sentences(string text, string language)
    {
        var rules = Rules.For(language);
        var tokens = Tokenizer.Tokenize(text, rules);
        return [.. SentenceSplitter.Split(text, tokens, rules).Select(s => text.Substring(s.Span.Start, s.Span.Length))];
    }

    [Theory]
    [InlineData("it", "secondo l’agenzia, dall'Ucraina", new[] { "secondo", "l’", "agenzia", ",", "dall'", "Ucraina" })]
    [InlineData("fr", "qu’il l’a dit aujourd'hui", new[] { "qu’", "il", "l’", "a", "dit", "aujourd'hui" })]
    [InlineData("en", "Putin's aides don't know", new[] { "Putin", "'s", "aides", "do", "n't", "know" })]
    [InlineData("en", "O'Brien met the U.S. envoy", new[] { "O'Brien", "met", "the", "U.S.", "envoy" })]
    [InlineData("it", "Kim Jong-un e 5’000 operai", new[] { "Kim", "Jong-un", "e", "5’000", "operai" })]
    [InlineData("it", "“calda e amichevole”", new[] { "“", "calda", "e", "amichevole", "”" })]
    [InlineData("de", "z.B. 2,5 Mio. Euro", new[] { "z.B.", "2,5", "Mio.", "Euro" })]
    [InlineData("en", "see https://example.org/a?b=1.", new[] { "see", "https://example.org/a?b=1", "." })]
    public void Splits_words_as_the_language_does(string language, string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text, language));

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var sentences = Sentences("Il sig. Rossi e J. Smith sono arrivati. Poi sono partiti.", "it");

        Assert.Equal(["Il sig. Rossi e J. Smith sono arrivati.", "Poi sono partiti."], sentences);
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        var sentences = Sentences("Ha detto: “Basta.” Poi è uscito.", "it");

        Assert.Equal(["Ha detto: “Basta.”", "Poi è uscito."], sentences);
    }

    [Fact]
    public void German_ordinal_dates_do_not_end_sentences()
    {
        var sentences = Sentences("Am 3. Oktober feiert Deutschland. Dann ist Ruhe.", "de");

        Assert.Equal(["Am 3. Oktober feiert Deutschland.", "Dann ist Ruhe."], sentences);
    }

    [Fact]
    public void Blank_lines_end_paragraphs()
    {
        var text = "Titolo senza punto\n\nPrimo paragrafo. Seconda frase.\n\nSecondo paragrafo.";
        var rules = Rules.For("it");
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text, rules), rules);

        Assert.Equal([0, 1, 1, 2], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Lowercase_after_a_dot_continues_the_sentence() =>
        Assert.Single(Sentences("Lo ha detto il portavoce. e poi ha aggiunto altro", "it"));

    [Fact]
    public void Every_token_lies_inside_the_text_in_order()
    {
        const string text = "Zero\u200Bwidth, emoji 👍🏽, RTL שלום, CJK 北京, NBSP\u00A05, e\u0301, 100% … fine";
        var tokens = Tokenizer.Tokenize(text, Rules.For("en"));

        Assert.All(tokens, t => Assert.InRange(t.Span.End, 1, text.Length));
        Assert.True(tokens.Zip(tokens.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start));
    }
}

using Cronista.Amounts.Numbers;

namespace Cronista.Tests.Amounts;

public sealed class NumberWordsTests
{
    private static readonly Dictionary<string, NumberWords> Languages =
        new[] { "it", "en", "de", "fr" }.ToDictionary(l => l, NumberWords.Load);

    [Theory]
    [InlineData("it", "cinque", 5)]
    [InlineData("it", "ventitré", 23)]
    [InlineData("it", "ventuno", 21)]
    [InlineData("it", "trentotto", 38)]
    [InlineData("it", "centottanta", 180)]
    [InlineData("it", "tremila", 3000)]
    [InlineData("it", "duemilacinquecento", 2500)]
    [InlineData("en", "twenty-one", 21)]
    [InlineData("en", "seventeen", 17)]
    [InlineData("de", "fünfundzwanzig", 25)]
    [InlineData("de", "einundzwanzig", 21)]
    [InlineData("de", "dreißig", 30)]
    [InlineData("de", "dreissig", 30)] // Swiss spelling
    [InlineData("de", "zweitausendfünfhundert", 2500)]
    [InlineData("de", "zweihundertfünfzig", 250)]
    [InlineData("fr", "quatre-vingt-dix-neuf", 99)]
    [InlineData("fr", "soixante-dix-sept", 77)]
    [InlineData("fr", "quatre-vingt-douze", 92)]
    [InlineData("fr", "septante", 70)] // Swiss and Belgian French
    public void One_word_numbers_and_compounds(string language, string word, int expected)
    {
        Assert.True(Languages[language].TryReadWord(Cronista.Time.Lexicon.TextFold.Fold(word), out var value), $"'{word}' should read as a number");
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("it", "settembre")]
    [InlineData("it", "novembre")]
    [InlineData("it", "centro")]
    [InlineData("it", "trentino")]
    [InlineData("en", "tent")]
    [InlineData("en", "often")]
    [InlineData("de", "einheit")]
    [InlineData("fr", "centre")]
    public void Words_that_only_start_like_numbers_are_not_numbers(string language, string word) =>
        Assert.False(Languages[language].TryReadWord(word, out _));

    [Theory]
    [InlineData("en", "two hundred and five soldiers", 205, 4)]
    [InlineData("en", "one hundred thousand refugees", 100000, 3)]
    [InlineData("fr", "vingt et un soldats", 21, 3)]
    [InlineData("fr", "deux cents personnes", 200, 2)]
    [InlineData("fr", "cinq mille euros", 5000, 2)]
    [InlineData("it", "due milioni di euro", 2000000, 2)]
    [InlineData("fr", "deux trois minutes", 2, 1)] // "two, three": two numbers, not one
    public void Numbers_across_words(string language, string text, int expected, int words)
    {
        var document = Cronista.Tests.Time.TimeKit.Prepare(text, language, null);
        var tokens = new Cronista.Time.Lexicon.TokenSeq(text, document.Get(Cronista.Core.Layers.Tokens));
        Assert.True(Languages[language].TryRead(tokens, 0, out var read));
        Assert.Equal(expected, read.Value);
        Assert.Equal(words, read.End);
    }

    [Theory]
    [InlineData("it", "un")]
    [InlineData("en", "a")]
    [InlineData("de", "ein")]
    [InlineData("fr", "une")]
    public void A_lone_article_like_one_is_weak(string language, string text)
    {
        var document = Cronista.Tests.Time.TimeKit.Prepare(text, language, null);
        var tokens = new Cronista.Time.Lexicon.TokenSeq(text, document.Get(Cronista.Core.Layers.Tokens));
        Assert.True(Languages[language].TryRead(tokens, 0, out var read));
        Assert.True(read.Weak);
    }
}

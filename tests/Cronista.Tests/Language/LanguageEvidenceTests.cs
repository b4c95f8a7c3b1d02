using Cronista.Language;

namespace Cronista.Tests.Language;

public sealed class LanguageEvidenceTests
{
    [Theory]
    [InlineData("Il Governo, ieri.", " il governo ieri ")]
    [InlineData("L’Italia e l'Europa", " l italia e l europa ")]
    [InlineData("3.500 euro nel 2024!", " euro nel ")]
    [InlineData("vedi https://example.org/a-b e www.example.com o mail@example.org ora", " vedi e o ora ")]
    [InlineData("tom &amp; jerry&#8217;s &#x2019;", " tom jerry s ")]
    [InlineData("caffe\u0301 🎉 GRÜSSE", " caffe grüsse ")]
    public void Keeps_only_lower_case_words(string text, string evidence) =>
        Assert.Equal(evidence, LanguageEvidence.Extract(text).Evidence);

    [Fact]
    public void Reads_only_a_bounded_prefix()
    {
        var text = new string('a', 3) + " " + string.Concat(Enumerable.Repeat("parola ", 2_000_000));

        var (evidence, letters) = LanguageEvidence.Extract(text);

        Assert.True(letters <= LanguageEvidence.MaxLetters);
        Assert.True(evidence.Length <= LanguageEvidence.MaxCharsRead + 2);
    }

    [Fact]
    public void Ngrams_pad_each_word_with_spaces()
    {
        var grams = new List<string>();
        foreach (var (key, order) in new CharNgrams(" il re ", 3))
        {
            Assert.Equal(order, LanguageModel.OrderOf(key));
            grams.Add(CharNgrams.Unpack(key));
        }

        Assert.Equal(["i", "l", " i", "il", "l ", " il", "il ", "r", "e", " r", "re", "e ", " re", "re "], grams);
    }
}

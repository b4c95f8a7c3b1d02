using Cronista.Events;
using Cronista.Text;

namespace Cronista.Tests.Events;

public sealed class TriggerPatternTests
{
    private static readonly TokenizationRules English = TokenizationRules.Load("en");

    private static readonly Dictionary<string, string[][]> Sets = new(StringComparer.Ordinal)
    {
        ["&food"] = TriggerPattern.SetAlternatives("rice|grain|relief supplies", English),
    };

    private static TriggerPattern Parse(string pattern, string cameo = "073") =>
        TriggerPattern.Parse([pattern, cameo, "verb", "-"], English, name => Sets.GetValueOrDefault(name));

    private static string[] Words(string text) => text.Split(' ');

    [Theory]
    [InlineData("they rushed rice to the north", 3)]
    [InlineData("they rushed relief supplies to the north", 4)]
    [InlineData("they rushed doctors to the north", -1)]
    public void A_set_slot_matches_any_word_or_phrase_of_the_set(string text, int end) =>
        Assert.Equal(end, Parse("rushed &food").MatchAt(Words(text), 1));

    [Fact]
    public void A_word_matches_by_its_lemma_when_lemmas_are_given()
    {
        var pattern = Parse("speed &food");
        var words = Words("they sped grain north");
        string[] lemmas = ["they", "speed", "grain", "north"];

        Assert.Equal(3, pattern.MatchAt(words, 1, lemmas));
        Assert.Equal(-1, pattern.MatchAt(words, 1));
    }

    [Theory]
    [InlineData("rushed aid", 2)]
    [InlineData("rushed emergency aid", 3)]
    [InlineData("rushed a b c d aid", 6)]
    [InlineData("rushed a b c d e aid", -1)]
    public void A_gap_stands_for_up_to_four_words(string text, int end) =>
        Assert.Equal(end, Parse("rushed ... aid", "070").MatchAt(Words(text), 0));

    [Fact]
    public void A_pattern_coded_three_dashes_blocks_and_others_do_not()
    {
        Assert.True(Parse("rushed ... home", "---").IsBlock);
        Assert.False(Parse("rushed ... aid", "070").IsBlock);
    }

    [Fact]
    public void A_slot_naming_an_unknown_set_is_an_error_that_names_it()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("rushed &weapon", "194"));

        Assert.Contains("&weapon", error.Message);
    }
}

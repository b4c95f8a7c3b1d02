using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Tests.Entities;

public sealed class TextPartsTests
{
    private static readonly TokenizationRuleSet Rules = new();

    private static (string Key, bool Glued)[] Parts(string text)
    {
        var parts = TextParts.Of(text, Tokenizer.Tokenize(text, Rules.For("it")));
        return [.. parts.Parts.Select(p => (p.Key, p.Glued))];
    }

    [Fact]
    public void Names_joined_by_a_hyphen_are_separable() =>
        Assert.Equal([("russia", false), ("usa", false)], Parts("Russia-USA"));

    [Fact]
    public void A_hyphenated_name_stays_one_name() =>
        Assert.Equal([("kim", false), ("jong", false), ("un", true)], Parts("Kim Jong-un"));

    [Fact]
    public void Keys_fold_case_accents_and_apostrophes() =>
        Assert.Equal(["corea", "del", "nord"], TextParts.KeysOf("Corea del Nord", Rules.For("it")));
}

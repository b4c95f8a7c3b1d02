using Cronista.Learning.Features;

namespace Cronista.Tests.Learning;

public sealed class WordShapeTests
{
    [Theory]
    [InlineData("Jong-un", 4, "Xxxx-xx")]
    [InlineData("Jong-un", 1, "Xx-x")]
    [InlineData("5’000", 1, "d’d")]
    [InlineData("NATO", 4, "XXXX")]
    public void Shapes_keep_the_kind_of_each_character_and_cut_long_runs(string word, int run, string expected)
    {
        Span<char> shape = stackalloc char[32];

        var length = WordShape.Write(word, run, shape);

        Assert.Equal(expected, shape[..length].ToString());
    }

    [Fact]
    public void Lower_forms_fold_case_and_digits()
    {
        Span<char> lower = stackalloc char[16];

        var length = WordShape.WriteLower("Covid-19", lower);

        Assert.Equal("covid-00", lower[..length].ToString());
    }
}

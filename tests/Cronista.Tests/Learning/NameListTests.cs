using Cronista.Learning.Gazetteers;
using Cronista.Learning.Perceptron;

namespace Cronista.Tests.Learning;

public sealed class NameListTests
{
    private const int PerBegins = 1 << 0, PerContinues = 1 << 1, OrgBegins = 1 << 2, OrgContinues = 1 << 3, LocBegins = 1 << 4;

    private static byte[] Match(NameList list, string sentence)
    {
        var forms = sentence.Split(' ').Select(w => FeatureHash.Of(w)).ToArray();
        var masks = new byte[forms.Length];
        list.Match(forms, masks);
        return masks;
    }

    private static NameList Read(string text) => NameList.Read(new StringReader(text), "test");

    [Fact]
    public void A_name_marks_where_it_begins_and_where_it_continues()
    {
        var list = Read("PER\tMichael Jordan\n");

        var masks = Match(list, "ieri Michael Jordan ha detto");

        Assert.Equal([0, PerBegins, PerContinues, 0, 0], masks);
    }

    [Fact]
    public void Every_match_counts_and_a_name_of_two_types_sets_both()
    {
        var list = Read("PER\tWashington\nLOC\tWashington\nORG\tWashington Post\n");

        var masks = Match(list, "the Washington Post");

        Assert.Equal(PerBegins | LocBegins | OrgBegins, masks[1]);
        Assert.Equal(OrgContinues, masks[2]);
    }

    [Fact]
    public void Matching_keeps_case_and_needs_the_whole_name()
    {
        var list = Read("ORG\tBanca d' Italia\n");

        Assert.All(Match(list, "la banca d' italia"), m => Assert.Equal(0, m));
        Assert.All(Match(list, "la Banca d' Roma"), m => Assert.Equal(0, m));
        Assert.Equal(OrgBegins, Match(list, "la Banca d' Italia")[1]);
    }

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_a_bad_line_is_named()
    {
        Assert.Equal(1, Read("# names\n\nLOC\tRoma\n").Count);

        var error = Assert.Throws<InvalidDataException>(() => Read("LOC\tRoma\nCITY\tMilano\n"));
        Assert.Contains("test:2", error.Message);
    }

    [Fact]
    public void Names_longer_than_the_limit_are_left_out()
    {
        var list = new NameList();
        list.Add([.. Enumerable.Range(0, NameList.MaxTokens + 1).Select(i => $"W{i}")], "MISC");
        list.Add(["A", "B"], "LOC");

        Assert.Equal(1, list.Count);
        Assert.Throws<ArgumentException>(() => list.Add(["Roma"], "CITY"));
    }
}

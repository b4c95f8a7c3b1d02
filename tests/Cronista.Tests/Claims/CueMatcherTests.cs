using Cronista.Claims;
using Cronista.Text;

namespace Cronista.Tests.Claims;

public sealed class CueMatcherTests
{
    private static readonly AttributionLexicon.Set Lexicons = new(new TokenizationRuleSet());

    private static List<CueMatch> Find(string language, string sentence, params int[] skippable)
    {
        var words = sentence.Split(' ');
        var skip = new bool[words.Length];
        foreach (var k in skippable)
            skip[k] = true;
        return CueMatcher.Find(Lexicons.For(language)!, words, skip);
    }

    [Fact]
    public void A_preposition_points_at_the_source_after_it()
    {
        var match = Assert.Single(Find("it", "secondo l' agenzia ansa , il governo"), m => m.Pattern.Kind == CueKind.After);

        Assert.Equal(1, match.SourceStart);
    }

    [Fact]
    public void A_reporting_verb_with_che_points_at_the_subject_before_it()
    {
        var match = Find("it", "il cremlino afferma che putin ha parlato").Single(m => m.Pattern.Kind == CueKind.Before);

        Assert.Equal(2, match.Start);
        Assert.Equal(4, match.End);
    }

    [Fact]
    public void Adverbs_and_times_may_stand_inside_a_reporting_phrase()
    {
        var matches = Find("it", "secondo quanto riportato oggi dai media statali", 3);

        Assert.Contains(matches, m => m.Pattern.Kind == CueKind.After && m.SourceStart == 5);
    }

    [Fact]
    public void A_source_can_stand_inside_the_phrase()
    {
        var match = Find("de", "teilte das ukrainische militär mit .").Single(m => m.Pattern.Kind == CueKind.Inverted);

        Assert.Equal((1, 4), (match.SourceStart, match.SourceEnd));
    }

    [Fact]
    public void Nothing_matches_where_no_one_is_reported() =>
        Assert.DoesNotContain(Find("en", "the ministry built a new road in the north"), m => m.Pattern.Kind is CueKind.After or CueKind.Before);
}

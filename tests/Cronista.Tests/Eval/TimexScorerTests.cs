using Cronista.Eval.Time;

namespace Cronista.Tests.Eval;

public sealed class TimexScorerTests
{
    private static Timex T(int start, int end, string type = "DATE", string value = "1998-01-08") => new(start, end, type, value);

    [Fact]
    public void Overlapping_tags_pair_and_exact_ones_also_match_strictly()
    {
        // "Sunday morning" (gold) against "Sunday" (system); "1998" against "1998".
        var pairs = TimexScorer.Pair([T(0, 14, "TIME", "1998-01-04TMO"), T(20, 24, "DATE", "1998")], [T(0, 6, "DATE", "1998-01-04"), T(20, 24, "DATE", "1998")]);

        var counts = TimexCounts.Of(pairs);

        Assert.Equal(new TimexCounts(Gold: 2, System: 2, Relaxed: 2, Strict: 1, SameType: 1, SameValue: 1), counts);
        Assert.Equal(0.5, counts.StrictF1, 12);
        Assert.Equal(1.0, counts.RelaxedF1, 12);
        Assert.Equal(0.5, counts.ValueF1, 12);
    }

    [Fact]
    public void A_gold_tag_pairs_with_one_system_tag_only_the_first_that_overlaps_it()
    {
        // Gold "Sunday morning" split by the system into "Sunday" and "morning": the second is spurious, as the
        // TimeML-Normalizer gives it a new id.
        var pairs = TimexScorer.Pair([T(0, 14)], [T(0, 6), T(7, 14)]);

        Assert.Equal(2, pairs.Length);
        Assert.True(pairs[0].Relaxed);
        Assert.Equal(7, pairs[1].System!.Start);
        Assert.Null(pairs[1].Gold);
    }

    [Fact]
    public void A_system_tag_that_starts_before_the_gold_one_still_pairs_with_it()
    {
        // "the last twenty four hours" (system) against "twenty four hours" (gold).
        var pairs = TimexScorer.Pair([T(9, 26, "DURATION", "P1D")], [T(0, 26, "DURATION", "PT24H")]);

        var counts = TimexCounts.Of(pairs);

        Assert.Equal(new TimexCounts(1, 1, 1, 0, 1, 0), counts);
    }

    [Fact]
    public void Tags_that_only_touch_do_not_pair()
    {
        var counts = TimexCounts.Of(TimexScorer.Pair([T(0, 5)], [T(5, 9)]));

        Assert.Equal(new TimexCounts(1, 1, 0, 0, 0, 0), counts);
        Assert.Equal(0, counts.RelaxedF1);
    }

    [Fact]
    public void Value_F1_is_value_accuracy_times_relaxed_F1_as_the_official_script_computes_it()
    {
        // 3 gold, 4 predicted, 3 relaxed matches of which 2 have the right value: P 3/4, R 1, F1 6/7, value F1 2/3 × 6/7.
        var counts = new TimexCounts(Gold: 3, System: 4, Relaxed: 3, Strict: 3, SameType: 3, SameValue: 2);

        Assert.Equal(6.0 / 7, counts.RelaxedF1, 12);
        Assert.Equal(2.0 / 3 * 6 / 7, counts.ValueF1, 12);
        Assert.Equal(1.0, counts.TypeAccuracy, 12);
    }
}

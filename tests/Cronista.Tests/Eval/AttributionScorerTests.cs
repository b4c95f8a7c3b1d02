using Cronista.Core;
using Cronista.Eval.Attributions;

namespace Cronista.Tests.Eval;

/// <summary>PolNeAR's brat files read and written, and the exact and head matchings of the attribution scorer.</summary>
public sealed class AttributionScorerTests
{
    private const string Text = "Spokeswoman Haley Morris says the candidate has “always run a lean campaign.”";

    private const string Gold = "T1\tSource 0 24\tSpokeswoman Haley Morris\nT2\tCue 25 29\tsays\nT3\tContent 30 77\tthe candidate …\n"
        + "T4\tAttribution 25 29\tsays\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nthe text of a span\nthat went on over a line break\n";

    [Fact]
    public void A_brat_file_reads_into_triples_and_skips_continued_span_text()
    {
        var attribution = Assert.Single(BratFile.Read(Gold));
        Assert.Equal([new TextSpan(0, 24)], attribution.Source.ToArray());
        Assert.Equal([new TextSpan(25, 29)], attribution.Cue.ToArray());
        Assert.Equal([new TextSpan(30, 77)], attribution.Content.ToArray());
    }

    [Fact]
    public void Written_files_read_back_the_same_with_discontinuous_contents_and_no_source()
    {
        BratAttribution[] written =
        [
            new([new TextSpan(0, 24)], [new TextSpan(25, 29)], [new TextSpan(30, 43), new TextSpan(48, 77)]),
            new([], [new TextSpan(25, 29)], [new TextSpan(30, 77)]),
        ];
        var ann = BratFile.Write(written, Text);
        Assert.Contains("Attribution-no-source", ann, StringComparison.Ordinal);
        var read = BratFile.Read(ann);
        Assert.Equal(written.Select(a => (a.Source.Length, a.Cue[0], a.Content.Length)), read.Select(a => (a.Source.Length, a.Cue[0], a.Content.Length)));
        Assert.Equal(written[0].Content.ToArray(), read[0].Content.ToArray());
    }

    [Theory]
    [InlineData(12, 24, true)]   // Haley Morris: covers the head, Morris
    [InlineData(0, 11, false)]   // Spokeswoman: misses it
    public void A_source_matches_on_its_head(int start, int end, bool matches) =>
        Assert.Equal(matches, SpanMatching.HeadMatch(Text, AttributionRole.Source, [new TextSpan(0, 24)], [new TextSpan(start, end)]));

    [Fact]
    public void A_cue_matches_on_its_main_verb_not_its_auxiliary()
    {
        const string text = "He has also said it.";
        Assert.True(SpanMatching.HeadMatch(text, AttributionRole.Cue, [new TextSpan(3, 16)], [new TextSpan(12, 16)]));
        Assert.False(SpanMatching.HeadMatch(text, AttributionRole.Cue, [new TextSpan(3, 16)], [new TextSpan(3, 6)]));
    }

    [Fact]
    public void A_content_matches_when_half_the_longer_ones_words_are_shared()
    {
        Assert.True(SpanMatching.HeadMatch(Text, AttributionRole.Content, [new TextSpan(30, 77)], [new TextSpan(34, 77)]));
        Assert.False(SpanMatching.HeadMatch(Text, AttributionRole.Content, [new TextSpan(30, 77)], [new TextSpan(30, 43)]));
    }

    [Fact]
    public void Exact_and_head_counts_match_one_to_one()
    {
        var report = new AttributionReport("test", 1);
        var gold = BratFile.Read(Gold);
        AttributionEvaluator.Score(report, Text, gold, [new([new TextSpan(12, 24)], [new TextSpan(25, 29)], [new TextSpan(30, 77)])]);
        Assert.Equal(1, report.For("all", AttributionRole.Source, "head").Matched);
        Assert.Equal(0, report.For("all", AttributionRole.Source, "exact").Matched);
        Assert.Equal(1.0, report.For("all", AttributionRole.Content, "exact").F1);
        Assert.Equal(1, report.For("speech", AttributionRole.Cue, "exact").Matched);
    }
    [Fact]
    public void Agreement_scores_each_later_annotator_against_the_first()
    {
        var folder = Directory.CreateTempSubdirectory("polnear").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "text"));
            Directory.CreateDirectory(Path.Combine(folder, "attributions"));
            File.WriteAllText(Path.Combine(folder, "text", "story.txt"), Text);
            File.WriteAllText(Path.Combine(folder, "text", "single.txt"), Text);
            File.WriteAllText(Path.Combine(folder, "attributions", "story_a1.ann"), Gold);
            File.WriteAllText(Path.Combine(folder, "attributions", "story_b2.ann"), "T1\tCue 25 29\tsays\nT2\tContent 30 77\tthe candidate\nE1\tAttribution:T1 Content:T2 Cue:T1\n");
            File.WriteAllText(Path.Combine(folder, "attributions", "single_a1.ann"), Gold);
            var pair = Assert.Single(PolnearCorpus.Agreement(folder));
            Assert.Equal("story", pair.First.Name);
            var report = AttributionEvaluator.Agreement(folder, PolnearCorpus.Agreement(folder)).ToJson().ToJsonString();
            Assert.Contains("\"documents\":1", report, StringComparison.Ordinal);
            Assert.Contains("\"cue_exact_f1\":{\"precision\":1,\"recall\":1", report, StringComparison.Ordinal);
            Assert.Contains("\"source_exact_f1\":{\"precision\":0,\"recall\":0", report, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Text.Json.Nodes;
using Cronista.Eval.Events;

namespace Cronista.Tests.Eval.Events;

public sealed class PloverScorerTests
{
    private static JsonObject Record(string json) => (JsonObject)JsonNode.Parse(json)!;

    private static PloverOutcome Outcome(string gold, string predicted) =>
        Assert.Single(PloverScorer.Score([(Record(gold), Record(predicted))]).Outcomes);

    private const string Agree = """
        {"id": "g1", "text": "Hungary and Romania agreed.", "event": "AGREE",
         "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}, {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}]}
        """;

    [Theory]
    [InlineData("AGREE", true)]
    [InlineData("CONSULT", false)]
    public void The_type_is_right_only_when_it_is_the_gold_type(string predicted, bool right)
    {
        var outcome = Outcome(Agree, $$"""{"event": "{{predicted}}", "source": [{"code": "HUN"}, {"code": "ROU"}], "target": ""}""");

        Assert.Equal(right, outcome.TypeRight);
        Assert.Equal(right, outcome.AllRight);
    }

    [Theory]
    [InlineData("""[{"code": "ROU", "sector": "GOV"}, {"code": "HUN", "sector": "GOV"}]""", true)]
    [InlineData("""[{"code": "ROU"}, {"code": "HUN"}, {"code": "ROU"}]""", true)]
    [InlineData("""[{"code": "HUN"}]""", false)]
    [InlineData("""[{"code": "HUN"}, {"code": "ROU"}, {"code": "SRB"}]""", false)]
    public void Compound_sources_are_compared_as_sets_of_codes(string source, bool right) =>
        Assert.Equal(right, Outcome(Agree, $$"""{"event": "AGREE", "source": {{source}}}""").SourceRight);

    [Theory]
    [InlineData("\"\"", true)]
    [InlineData("[]", true)]
    [InlineData("""[{"code": "SRB"}]""", false)]
    public void A_gold_record_without_target_is_right_only_when_none_is_predicted(string target, bool right) =>
        Assert.Equal(right, Outcome(Agree, $$"""{"event": "AGREE", "source": [{"code": "HUN"}, {"code": "ROU"}], "target": {{target}}}""").TargetRight);

    [Fact]
    public void A_legacy_CAMEO_country_code_in_the_gold_equals_its_ISO_code()
    {
        const string gold = """
            {"id": "g2", "text": "APEC agreed to set up a center in Tokyo.", "event": "AGREE",
             "source": [{"code": "IGO"}], "target": [{"actorText": "Tokyo", "code": "JAP"}]}
            """;

        Assert.True(Outcome(gold, """{"event": "AGREE", "source": [{"code": "IGO"}], "target": [{"code": "JPN"}]}""").TargetRight);
        Assert.False(Outcome(gold, """{"event": "AGREE", "source": [{"code": "IGO"}], "target": [{"code": "CHN"}]}""").TargetRight);
    }

    [Fact]
    public void Sector_accuracy_counts_only_records_whose_gold_gives_a_sector()
    {
        const string noSector = """{"id": "g3", "text": "APEC agreed.", "event": "AGREE", "source": [{"code": "IGO"}]}""";
        var score = PloverScorer.Score(
        [
            (Record(Agree), Record("""{"event": "AGREE", "source": [{"code": "HUN", "sector": "GOV"}, {"code": "ROU", "sector": "GOV"}]}""")),
            (Record(Agree), Record("""{"event": "AGREE", "source": [{"code": "HUN", "sector": "GOV"}, {"code": "ROU", "sector": "MIL"}]}""")),
            (Record(noSector), Record("""{"event": "AGREE", "source": [{"code": "IGO", "sector": "GOV"}]}""")),
        ]);

        Assert.Equal(3, score.Records);
        Assert.Null(score.Outcomes[2].SourceSectorRight);
        Assert.Equal(0.5, score.Metrics["source_sector_accuracy"]);
        Assert.Equal(1.0, score.Metrics["source_accuracy"]);
        // No gold record names a target sector: nothing to judge.
        Assert.Equal(0.0, score.Metrics["target_sector_accuracy"]);
    }

    [Fact]
    public void A_documentation_record_without_text_is_not_scored()
    {
        const string document = """{"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "documentation"}""";
        var score = PloverScorer.Score([(Record(document), Record(document)), (Record(Agree), Record("""{"event": "CONSULT"}"""))]);

        Assert.Equal(1, score.Records);
        Assert.Equal("g1", score.Outcomes[0].Id);
        Assert.Equal(0.0, score.Metrics["event_accuracy"]);
    }

    [Fact]
    public void A_record_given_no_event_counts_against_the_coded_share()
    {
        var score = PloverScorer.Score([(Record(Agree), Record("""{"text": "Hungary and Romania agreed."}""")), (Record(Agree), Record("""{"event": "AGREE"}"""))]);

        Assert.Equal(0.5, score.Metrics["coded_share"]);
        Assert.Null(score.Outcomes[0].Type);
    }
}

using System.Text.Json.Nodes;
using Cronista.Eval.Events;
using Cronista.Tests.Support;

namespace Cronista.Tests.Eval.Events;

/// <summary>PLOVER records coded through the whole analysis, as 'cronista tag events' codes them.</summary>
public sealed class PloverTaggerTests
{
    private static readonly PloverTagger Tagger = PloverTagger.For(SharedAnalyzer.Analyzer);

    private static JsonObject Tag(string text, string? version)
    {
        var record = new JsonObject { ["id"] = "x", ["text"] = text, ["language"] = "en", ["date"] = "2000-01-01" };
        if (version is not null)
            record["version"] = version;
        return Tagger.Tag(record, CancellationToken.None);
    }

    private static string[] Actors(JsonObject tagged, string field) =>
        [.. PloverRecords.Actors(tagged, field).Select(a => $"{a.Code} {a.Sector}").Order(StringComparer.Ordinal)];

    private const string Agreement = "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate on refugees.";

    [Fact]
    public void A_compound_subject_gives_one_source_per_country_with_its_sector_and_no_target()
    {
        var tagged = Tag(Agreement, "0.5b1");

        Assert.NotNull(PloverRecords.Str(tagged, "event"));
        Assert.Equal(["HUN GOV", "ROU GOV"], Actors(tagged, "source"));
        Assert.Equal("", PloverRecords.Str(tagged, "target"));
        Assert.Equal(Agreement, PloverRecords.Text(tagged));
    }

    [Fact]
    public void The_tagged_record_scores_its_actors_right_against_the_gold()
    {
        var gold = (JsonObject)JsonNode.Parse($$"""
            {"id": "x", "text": "{{Agreement}}", "event": "AGREE",
             "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}, {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}]}
            """)!;

        var outcome = Assert.Single(PloverScorer.Score([(gold, Tag(Agreement, "0.5b1"))]).Outcomes);

        Assert.True(outcome.SourceRight);
        Assert.True(outcome.SourceSectorRight);
        Assert.True(outcome.TargetRight);
    }

    [Theory]
    [InlineData("0.8", "REQUEST")]
    [InlineData(null, "REQUEST")]
    [InlineData("0.5b1", "DEMAND")]
    public void A_demand_takes_the_type_of_the_PLOVER_version_the_record_declares(string? version, string type)
    {
        var tagged = Tag("The Kurdistan Workers' Party demanded the release of its leader.", version);

        Assert.Equal(type, PloverRecords.Str(tagged, "event"));
        Assert.StartsWith("10", PloverRecords.Str(tagged, "cameo"));
        Assert.Equal(["TUR REB"], Actors(tagged, "source"));
    }

    [Fact]
    public void A_record_without_text_is_returned_unchanged()
    {
        var document = new JsonObject { ["id"] = "doc", ["event"] = "DOCUMENT", ["version"] = "0.5b1" };

        var tagged = Tagger.Tag(document, CancellationToken.None);

        Assert.True(JsonNode.DeepEquals(document, tagged));
    }

    [Fact]
    public void A_record_with_nothing_to_code_loses_the_gold_fields()
    {
        var record = new JsonObject { ["id"] = "q", ["text"] = "The weather was mild.", ["event"] = "AGREE", ["cameo"] = "030" };

        var tagged = Tagger.Tag(record, CancellationToken.None);

        Assert.Null(tagged["event"]);
        Assert.Null(tagged["cameo"]);
        Assert.Equal("The weather was mild.", PloverRecords.Text(tagged));
    }
}

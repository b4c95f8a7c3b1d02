using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Eval.Ner;

namespace Cronista.Tests.Eval;

/// <summary>The whole evaluation (text rebuilt from gold tokens, mentions found, projected and scored) with a stand-in for the mention stage.</summary>
public sealed class NerEvaluatorTests
{
    private const string Gold = """
        Mario	B-PER
        Rossi	I-PER
        è	O
        arrivato	O
        a	O
        Roma	B-LOC
        .	O

        La	O
        Fiat	B-ORG
        ha	O
        sede	O
        a	O
        Torino	B-LOC

        """;

    /// <summary>Finds fixed phrases wherever they occur: a stand-in mention stage whose output is known.</summary>
    private static Func<Document, CancellationToken, Document> Finder(params (string Words, EntityType Type)[] phrases) =>
        (document, _) =>
        {
            Assert.Equal("it", document.Metadata.Language);
            if (document.Text.Contains("BOOM", StringComparison.Ordinal))
                throw new InvalidOperationException("stage failed");
            var found = ImmutableArray.CreateBuilder<Mention>();
            foreach (var (words, type) in phrases)
            {
                for (var at = document.Text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(words, at + 1, StringComparison.Ordinal))
                    found.Add(new Mention(new TextSpan(at, at + words.Length), type, MentionKind.Name, new Provenance("fake", "", 1)));
            }
            return document.With(Layers.Mentions, found.ToImmutable(), "fake");
        };

    private static NerReport Evaluate(string gold, Func<Document, CancellationToken, Document> finder)
    {
        var corpus = GoldReader.Read(new StringReader(gold), "fixture.tsv", NerFormat.Kind);
        return new NerEvaluator(finder).Evaluate(corpus, new NerRunOptions("it", MentionPolicy.For(NerFormat.Kind), 2));
    }

    [Fact]
    public void Mentions_found_in_the_rebuilt_text_are_scored_against_the_gold_tokens()
    {
        // Right: Mario Rossi, Roma, Torino. Wrong: "Rossi" alone is covered by the longer mention; Fiat as LOC.
        var report = Evaluate(Gold, Finder(("Mario Rossi", EntityType.PER), ("Rossi", EntityType.PER), ("Roma", EntityType.LOC), ("Torino", EntityType.LOC), ("Fiat", EntityType.LOC)));

        Assert.Equal(1, report.Documents);
        Assert.Equal(2, report.Sentences);
        Assert.Equal(13, report.Tokens);
        Assert.Equal(0, report.FailedDocuments);
        Assert.Equal(new PrfScore(3, 4, 4), report.Scores.Entity.Micro);
        Assert.Equal(new PrfScore(0, 0, 1), report.Scores.Entity.PerType["ORG"]);
        Assert.Equal(new PrfScore(2, 3, 2), report.Scores.Entity.PerType["LOC"]);
        Assert.Equal(new PrfScore(4, 5, 5), report.Scores.Token.Micro);
        Assert.Equal(0.75, report.Metrics["entity_f1"], 12);
        Assert.Equal(0.8, report.Metrics["token_f1"], 12);
    }

    [Fact]
    public void Finding_nothing_scores_zero_with_the_gold_still_counted()
    {
        var report = Evaluate(Gold, Finder());

        Assert.Equal(new PrfScore(0, 0, 4), report.Scores.Entity.Micro);
        Assert.Equal(0.0, report.Metrics["entity_f1"]);
    }

    [Fact]
    public void A_failing_document_scores_as_empty_and_the_others_still_count()
    {
        var gold = string.Concat(Enumerable.Repeat("Roma\tB-LOC\n\n", GoldReader.SentencesPerChunk)) + "BOOM\tO\nRoma\tB-LOC\n\n";

        var report = Evaluate(gold, Finder(("Roma", EntityType.LOC)));

        Assert.Equal(2, report.Documents);
        Assert.Equal(1, report.FailedDocuments);
        Assert.Contains("stage failed", report.FirstError);
        Assert.Equal(new PrfScore(30, 30, 31), report.Scores.Entity.Micro);
    }

    [Fact]
    public void The_JSON_report_has_every_figure_under_stable_names()
    {
        var json = Evaluate(Gold, Finder(("Roma", EntityType.LOC))).ToJson();

        Assert.Equal("kind", (string?)json["format"]);
        Assert.Equal("ignore", (string?)json["demonyms"]);
        Assert.Equal(13, (int?)json["tokens"]);
        Assert.Equal(1, (int?)json["entity"]!["per_type"]!["LOC"]!["true_positives"]);
        Assert.Equal(2, (int?)json["entity"]!["per_type"]!["LOC"]!["gold"]);
        Assert.NotNull(json["token"]!["macro"]!["f1"]);
        Assert.NotNull(json["token"]!["weighted"]!["f1"]);
        Assert.NotNull(json["metrics"]!["entity_f1_LOC"]);
        Assert.NotNull(json["tokens_per_second"]);
    }
}

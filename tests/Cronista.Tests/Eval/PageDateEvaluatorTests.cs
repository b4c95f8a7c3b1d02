using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Cronista.Cli;
using Cronista.Eval.Extraction;

namespace Cronista.Tests.Eval;

/// <summary>The publication-date scorer: outcomes per page, accuracy over dated pages, the gold reader and the command.</summary>
public sealed class PageDateEvaluatorTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("cronista-dates-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Theory]
    [InlineData("2020-01-02", "2020-01-02", PageDateOutcome.Correct)]
    [InlineData("2020-01-02", "2020-01-03", PageDateOutcome.Wrong)]
    [InlineData("2020-01-02", null, PageDateOutcome.Missing)]
    [InlineData(null, "2020-01-03", PageDateOutcome.Spurious)]
    [InlineData(null, null, PageDateOutcome.CorrectNone)]
    internal void Each_page_compares_to_the_day(string? gold, string? predicted, PageDateOutcome expected) =>
        Assert.Equal(expected, PageDateResult.Compare(Date(gold), Date(predicted)));

    [Fact]
    public void Accuracy_counts_a_missing_date_as_wrong_and_leaves_undated_pages_out()
    {
        var report = new PageDateReport("gold.tsv",
        [
            Result("2020-01-02", "2020-01-02"),
            Result("2020-01-02", null),
            Result(null, "2021-05-05"),
            Result(null, null),
        ]);

        Assert.Equal(0.5, report.Accuracy);
        Assert.Equal(1, report.Missing);
        Assert.Equal(1, report.Spurious);
        Assert.Equal(0.5, report.Metrics["none_accuracy"]);
        Assert.Equal(2, report.Failures.Count());
    }

    [Fact]
    public void A_gold_date_that_is_not_a_day_is_refused_with_its_line()
    {
        var path = Path.Combine(_data, "gold.tsv");
        File.WriteAllText(path, "file\tpublished\tevidence\na.html\t2020-13-01\tbyline\n");

        var error = Assert.Throws<EvaldataException>(() => PageDateGold.Read(path));

        Assert.Contains("gold.tsv:2", error.Message);
    }

    [Fact]
    public void Eval_dates_scores_the_pages_of_a_small_benchmark()
    {
        Directory.CreateDirectory(Path.Combine(_data, "eval"));
        File.WriteAllText(Path.Combine(_data, "eval", "a.html"),
            """<html><head><meta property="article:published_time" content="2021-03-04T10:00:00+01:00"></head><body><p>Text</p></body></html>""");
        File.WriteAllText(Path.Combine(_data, "eval", "b.html"), "<html><body><p>No date here.</p></body></html>");
        File.WriteAllText(Path.Combine(_data, "evaldata.json"), """
            { "https://example.org/a": { "file": "a.html", "with": ["Text"], "without": ["Menu"] },
              "https://example.org/b": { "file": "b.html", "with": ["No date"], "without": ["Menu"] } }
            """);
        var gold = Path.Combine(_data, "gold.tsv");
        File.WriteAllText(gold, "file\tpublished\tevidence\na.html\t2021-03-04\tmeta\nb.html\tnone\tno date\n");
        var output = new StringWriter();

        var exit = CliApp.Run(["eval", "dates", "--gold", gold, "--data", _data, "--json"], output, new StringWriter());

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output.ToString())!;
        Assert.Equal(1, (int?)json["correct"]);
        Assert.Equal(1.0, (double?)json["metrics"]!["accuracy"]);
        Assert.Empty(json["failures"]!.AsArray());
    }

    [Fact]
    public void The_gate_says_where_the_gold_list_is_looked_for()
    {
        var entry = new Cronista.Eval.Gate.BaselineEntry("page-dates", "sample", "accuracy", 0.9,
            new System.Text.Json.Nodes.JsonObject { ["gold"] = "no/such/page-dates.tsv", ["data"] = "data" });

        var error = Assert.Throws<Cronista.Eval.Gate.BaselineException>(() =>
            new Cronista.Eval.Gate.PageDateGateEvaluator(PageDateEvaluator.ForHtml).Measure(entry, _data, CancellationToken.None));

        Assert.Contains("repository root", error.Message);
    }

    private static DateOnly? Date(string? written) => written is null ? null : DateOnly.Parse(written, System.Globalization.CultureInfo.InvariantCulture);

    private static PageDateResult Result(string? gold, string? predicted) =>
        new(new PageDateGoldItem("page.html", Date(gold), ""), Date(predicted), PageDateResult.Compare(Date(gold), Date(predicted)));
}

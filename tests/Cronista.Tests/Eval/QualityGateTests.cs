using System.Text.Json.Nodes;
using Cronista.Eval.Gate;

namespace Cronista.Tests.Eval;

public sealed class QualityGateTests : IDisposable
{
    private readonly string _shared = Directory.CreateTempSubdirectory("cronista-shared-").FullName;

    public void Dispose() => Directory.Delete(_shared, recursive: true);

    /// <summary>Reports fixed figures for the "fake" section and counts its runs.</summary>
    private sealed class FixedEvaluator(Dictionary<string, double> metrics) : IGateEvaluator
    {
        public int Runs { get; private set; }

        public string Section => "fake";

        public IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken)
        {
            Runs++;
            if (entry.Settings["fail"] is not null)
                throw new BaselineException("gold file missing");
            return metrics;
        }
    }

    private static Baseline Floors(params (string Name, string Metric, double Floor)[] entries)
    {
        var section = new JsonObject();
        foreach (var (name, metric, floor) in entries)
            section[name] = new JsonObject { ["data"] = "x", ["metric"] = metric, ["floor"] = floor };
        return Baseline.Parse(new JsonObject { ["_comment"] = "kept", ["fake"] = section }.ToJsonString(), "test");
    }

    private GateOutcome Run(Baseline baseline, double measured, bool update = false) =>
        new QualityGate([new FixedEvaluator(new() { ["f1"] = measured })]).Run(baseline, _shared, update);

    [Fact]
    public void A_figure_below_its_floor_fails_the_gate()
    {
        var outcome = Run(Floors(("a", "f1", 0.5)), 0.4);

        Assert.Equal(GateStatus.Fail, outcome.Rows.Single().Status);
        Assert.False(outcome.Passed);
    }

    [Theory]
    [InlineData(0.5, 0.5, true)]
    [InlineData(0.5, 0.9, true)]
    [InlineData(0.5, 0.4996, true)]
    [InlineData(0.5, 0.4994, false)]
    [InlineData(0.0, 0.0, true)]
    public void A_figure_at_its_floor_passes_within_a_tolerance_for_float_noise(double floor, double measured, bool passes)
    {
        Assert.Equal(passes, QualityGate.Passes(floor, measured));
        Assert.Equal(passes, Run(Floors(("a", "f1", floor)), measured).Passed);
    }

    [Fact]
    public void Update_raises_a_floor_to_the_measured_value_rounded_down()
    {
        var baseline = Floors(("a", "f1", 0.3));

        var outcome = Run(baseline, 0.456789, update: true);

        Assert.Equal(0.4567, outcome.Rows.Single().RaisedFloor);
        var written = Baseline.Parse(baseline.WithFloors(outcome.RaisedFloors), "written");
        Assert.Equal(0.4567, written.Entries.Single().Floor);
        Assert.Equal("x", Baseline.Text(written.Entries.Single(), "data"));
        Assert.Contains("\"_comment\": \"kept\"", baseline.WithFloors(outcome.RaisedFloors));
    }

    [Theory]
    [InlineData(0.5, 0.4)]
    [InlineData(0.5, 0.5)]
    [InlineData(0.5, 0.50004)]
    public void Update_never_lowers_a_floor(double floor, double measured)
    {
        var outcome = Run(Floors(("a", "f1", floor)), measured, update: true);

        Assert.Null(outcome.Rows.Single().RaisedFloor);
        Assert.Empty(outcome.RaisedFloors);
        Assert.Equal(floor, QualityGate.RaiseFloor(floor, measured));
    }

    [Fact]
    public void Without_update_floors_stay()
    {
        Assert.Empty(Run(Floors(("a", "f1", 0.1)), 0.9).RaisedFloors);
    }

    [Fact]
    public void A_missing_shared_folder_skips_the_gate_without_running_anything()
    {
        var evaluator = new FixedEvaluator(new() { ["f1"] = 0 });

        var outcome = new QualityGate([evaluator]).Run(Floors(("a", "f1", 0.9)), Path.Combine(_shared, "absent"), update: false);

        Assert.True(outcome.Skipped);
        Assert.Contains("not found", outcome.SkipReason);
        Assert.Equal(0, evaluator.Runs);
    }

    [Fact]
    public void Unknown_sections_and_metrics_and_failing_runs_are_errors_that_fail_the_gate()
    {
        var baseline = Baseline.Parse("""
            { "time": { "tempeval": { "metric": "f1", "floor": 0 } },
              "fake": { "a": { "metric": "recall", "floor": 0 }, "b": { "fail": true, "metric": "f1", "floor": 0 } } }
            """, "test");

        var outcome = Run(baseline, 1.0);

        Assert.All(outcome.Rows, r => Assert.Equal(GateStatus.Error, r.Status));
        Assert.Contains("no evaluator for section 'time'", outcome.Rows[0].Message);
        Assert.Contains("metric 'recall' is not measured", outcome.Rows[1].Message);
        Assert.Equal("gold file missing", outcome.Rows[2].Message);
        Assert.False(outcome.Passed);
    }

    [Fact]
    public void Entries_that_differ_only_in_metric_and_floor_share_one_run()
    {
        var evaluator = new FixedEvaluator(new() { ["f1"] = 0.5, ["precision"] = 0.6 });

        var outcome = new QualityGate([evaluator]).Run(Floors(("a", "f1", 0.1), ("b", "precision", 0.1)), _shared, update: false);

        Assert.True(outcome.Passed);
        Assert.Equal(1, evaluator.Runs);
        Assert.Equal([0.5, 0.6], outcome.Rows.Select(r => r.Measured!.Value));
    }

    [Theory]
    [InlineData("""{ "ner": { "a": { "floor": 0 } } }""", "needs a \"metric\"")]
    [InlineData("""{ "ner": { "a": { "metric": "f1" } } }""", "needs a numeric \"floor\"")]
    [InlineData("""{ "ner": [] }""", "must be an object")]
    [InlineData("""[1]""", "one JSON object")]
    [InlineData("""{ "ner": """, "not valid JSON")]
    public void A_malformed_baseline_says_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<BaselineException>(() => Baseline.Parse(json, "baseline.json"));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void The_repository_baseline_is_well_formed_and_every_section_has_an_evaluator()
    {
        var path = Path.Combine(RepositoryRoot(), "eval", "baseline.json");

        var baseline = Baseline.Load(path);

        Assert.NotEmpty(baseline.Entries);
        var sections = GateEvaluators.Default(1).Select(e => e.Section).ToHashSet();
        Assert.All(baseline.Entries, e => Assert.Contains(e.Section, sections));
        Assert.All(baseline.Entries, e => Assert.InRange(e.Floor, 0.0, 1.0));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Cronista.slnx")))
                return folder.FullName;
        }
        throw new InvalidOperationException("Cronista.slnx not found above the test output folder.");
    }
}

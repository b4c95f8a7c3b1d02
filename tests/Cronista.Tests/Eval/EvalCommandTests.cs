using System.Text.Json.Nodes;
using Cronista.Cli;

namespace Cronista.Tests.Eval;

/// <summary>The eval commands end to end on small fixtures in a temporary shared folder.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _shared = Directory.CreateTempSubdirectory("cronista-shared-").FullName;

    public EvalCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_shared, "data", "ner", "kind"));
        File.WriteAllText(Path.Combine(_shared, "data", "ner", "kind", "mini.tsv"),
            "Mario\tB-PER\nRossi\tI-PER\nè\tO\na\tO\nRoma\tB-LOC\n.\tO\n\nIl\tO\nComune\tB-ORG\ndi\tI-ORG\nMilano\tI-ORG\n\n");
    }

    public void Dispose() => Directory.Delete(_shared, recursive: true);

    private static (int Exit, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string BaselineWithFloor(double floor)
    {
        var path = Path.Combine(_shared, "baseline.json");
        File.WriteAllText(path, $$"""
            { "ner": { "mini": { "gold": "data/ner/kind/mini.tsv", "metric": "entity_f1", "floor": {{floor.ToString(System.Globalization.CultureInfo.InvariantCulture)}} } } }
            """);
        return path;
    }

    [Fact]
    public void Eval_ner_prints_one_JSON_object_with_the_gold_counts()
    {
        var (exit, output, _) = Cli("eval", "ner", "--gold", Path.Combine(_shared, "data", "ner", "kind", "mini.tsv"), "--json", "--threads", "1");

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("kind", (string?)json["format"]);
        Assert.Equal("it", (string?)json["language"]);
        Assert.Equal(10, (int?)json["tokens"]);
        Assert.Equal(3, (int?)json["entity"]!["micro"]!["gold"]);
        Assert.Equal(6, (int?)json["token"]!["micro"]!["gold"]);
        Assert.NotNull(json["metrics"]!["entity_f1"]);
    }

    [Fact]
    public void Eval_ner_without_a_language_it_can_read_from_the_path_asks_for_one()
    {
        var path = Path.Combine(_shared, "gold.tsv");
        File.WriteAllText(path, "Roma\tB-LOC\n");

        var (exit, _, error) = Cli("eval", "ner", "--gold", path);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--lang", error);
    }

    [Fact]
    public void Eval_ner_on_a_malformed_file_names_the_line()
    {
        var path = Path.Combine(_shared, "bad-it.tsv");
        File.WriteAllText(path, "Roma\tB-LOC\nMilano\tB-CITY\n");

        var (exit, _, error) = Cli("eval", "ner", "--gold", path, "--format", "kind");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("line 2", error);
    }

    [Fact]
    public void The_gate_passes_when_every_floor_holds()
    {
        var (exit, output, _) = Cli("eval", "gate", "--baseline", BaselineWithFloor(0.0), "--shared", _shared, "--threads", "1");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("ner/mini", output);
        Assert.Contains("quality gate passed", output);
    }

    [Fact]
    public void The_gate_exits_1_when_a_floor_is_not_met()
    {
        // No F1 reaches above 1, so this floor can never hold.
        var (exit, output, _) = Cli("eval", "gate", "--baseline", BaselineWithFloor(1.01), "--shared", _shared, "--threads", "1");

        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains("FAIL", output);
    }

    [Fact]
    public void The_gate_is_skipped_with_exit_0_when_the_shared_folder_is_missing()
    {
        var (exit, output, _) = Cli("eval", "gate", "--baseline", BaselineWithFloor(1.01), "--shared", Path.Combine(_shared, "absent"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("skipped", output);
    }

    [Fact]
    public void The_gate_without_its_baseline_says_how_to_fix_it()
    {
        var (exit, _, error) = Cli("eval", "gate", "--baseline", Path.Combine(_shared, "none.json"), "--shared", _shared);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--baseline", error);
    }
}

using System.Text.Json;
using Cronista.Output;
using Cronista.Storage;
using Cronista.Tests.Ingest;

namespace Cronista.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Database => _folder.File("cronista.db");

    private static string JsonLine(string text, string? url = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["text"] = text, ["language"] = "it", ["url"] = url }) + "\n";

    [Fact]
    public void Analyzing_jsonl_prints_one_line_per_document_in_input_order_and_stores_them()
    {
        var lines = Enumerable.Range(1, 9).Select(i => JsonLine($"Articolo numero {i}. Il sindaco ha parlato.", $"https://www.ansa.it/{i}"));
        var path = _folder.Write("batch.jsonl", string.Concat(lines));

        var result = CliRun.Run("analyze", path, "--format", "jsonl", "--db", Database);

        Assert.Equal(0, result.ExitCode);
        var records = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(DocumentRecords.Parse).ToList();
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"{path}:{i}"), records.Select(r => r.Source));
        Assert.All(records, r => Assert.Equal("ANSA", r.Publisher));
        Assert.Contains("9 analysed, 0 failed", result.Error);
        using var store = DocumentStore.OpenExisting(Database);
        Assert.Equal(9, store.Count());
        Assert.Equal(records[4].Text, store.Get(records[4].Id)?.Text);
    }

    [Fact]
    public void Analyzing_again_does_not_duplicate_stored_documents()
    {
        var path = _folder.Write("one.jsonl", JsonLine("Un articolo solo.") + JsonLine("Un altro articolo."));

        Assert.Equal(0, CliRun.Run("analyze", path, "--format", "jsonl", "--db", Database).ExitCode);
        Assert.Equal(0, CliRun.Run("analyze", path, "--format", "jsonl", "--db", Database).ExitCode);

        using var store = DocumentStore.OpenExisting(Database);
        Assert.Equal(2, store.Count());
    }

    [Fact]
    public void One_bad_document_does_not_stop_the_batch_and_gives_exit_code_1_with_the_failure_listed()
    {
        var first = _folder.Write("a-first.txt", "Il primo articolo.");
        var binary = _folder.WriteBytes("b-binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00]);
        var last = _folder.Write("c-last.txt", "L'ultimo articolo.");

        var result = CliRun.Run("analyze", first, binary, last, "--language", "it", "--format", "jsonl", "--db", Database);

        Assert.Equal(1, result.ExitCode);
        var records = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(DocumentRecords.Parse).ToList();
        Assert.Equal([first, last], records.Select(r => r.Source));
        Assert.Contains($"cronista: {binary}: binary file, not text\n", result.Error);
        Assert.Contains("2 analysed, 1 failed", result.Error);
        Assert.Contains($"Failed:\n  {binary}: binary file, not text", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Invalid_jsonl_lines_are_listed_by_file_and_line()
    {
        var path = _folder.Write("mixed.jsonl", JsonLine("Buono.") + "{not json\n" + "{\"title\": \"senza testo\"}\n" + JsonLine("Anche buono."));

        var result = CliRun.Run("analyze", path, "--format", "jsonl", "--no-store");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"cronista: {path}:2: invalid JSON", result.Error);
        Assert.Contains($"cronista: {path}:3: no \"text\" field", result.Error);
        Assert.Contains("2 analysed, 2 failed", result.Error);
    }

    [Fact]
    public void The_plain_text_layout_gives_date_publisher_and_agency_in_the_json()
    {
        var result = CliRun.Run("analyze", Fixtures.Path("Articles", "wire-story.txt"), "--language", "it", "--format", "json", "--no-store");

        Assert.Equal(0, result.ExitCode);
        var record = DocumentRecords.Parse(JsonDocument.Parse(result.Output).RootElement.GetRawText());
        Assert.Equal("2024-03-05", record.Published);
        Assert.Equal("swissinfo.ch", record.Publisher);
        Assert.Equal("Keystone-ATS", record.Agency);
        Assert.Equal("it", record.Language);
        Assert.DoesNotContain("Swiss voice", record.Text);
        Assert.Contains("\n  \"id\": ", result.Output);
    }

    [Fact]
    public void Json_output_is_one_indented_object_per_document()
    {
        var path = _folder.Write("two.jsonl", JsonLine("Primo.") + JsonLine("Secondo."));

        var result = CliRun.Run("analyze", path, "--format", "json", "--no-store");

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(result.Output), new JsonReaderOptions { AllowMultipleValues = true });
        var texts = new List<string?>();
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            texts.Add(document.RootElement.GetProperty("text").GetString());
        }
        Assert.Equal(["Primo.", "Secondo."], texts);
    }

    [Fact]
    public void The_text_report_shows_the_header_of_each_document()
    {
        var result = CliRun.Run("analyze", Fixtures.Path("Articles", "headline-and-url.txt"), "--language", "fr", "--no-store");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Le sommet de Genève s'ouvre sous tension", result.Output);
        Assert.Contains("publisher  Le Monde", result.Output);
        Assert.Contains("agency     AFP", result.Output);
        Assert.Contains("published  2025-01-20", result.Output);
        Assert.Contains("language   fr (declared)", result.Output);
        Assert.DoesNotContain("\u001b[", result.Output);
    }

    [Fact]
    public void No_store_is_written_with_no_store()
    {
        var path = _folder.Write("a.txt", "Testo.");

        var result = CliRun.Run("analyze", path, "--language", "it", "--no-store", "--db", Database);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var result = CliRun.RunWithInput(JsonLine("Da standard input.") + JsonLine("Seconda riga."), "analyze", "-", "--format", "jsonl", "--no-store");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["stdin:1", "stdin:2"], result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => DocumentRecords.Parse(l).Source));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_reported_and_the_others_analysed()
    {
        var big = _folder.Write("big.txt", new string('a', 4000) + ".");
        var small = _folder.Write("small.txt", "Piccolo.");

        var result = CliRun.Run("analyze", big, small, "--max-size", "1k", "--language", "it", "--format", "jsonl", "--no-store");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"cronista: {big}: file is 3.9 KB, larger than the 1 KB limit", result.Error);
        Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_store_that_cannot_be_opened_stops_before_any_analysis_with_exit_code_1()
    {
        var notADatabase = _folder.Write("notes.db", "my notes " + new string('x', 500));
        var path = _folder.Write("a.txt", "Testo.");

        var result = CliRun.Run("analyze", path, "--language", "it", "--db", notADatabase);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a Cronista store", result.Error);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x.txt", "--format", "xml")]
    [InlineData("analyze", "x.txt", "--language", "es")]
    [InlineData("analyze", "x.txt", "--max-size", "huge")]
    [InlineData("analyze", "x.txt", "--max-size", "5GB")]
    [InlineData("analyse-this", "x.txt")]
    [InlineData("analyze", "x.txt", "--unknown-option")]
    public void A_wrong_command_line_gives_exit_code_2_and_a_hint(params string[] args)
    {
        var result = CliRun.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("cronista: ", result.Error);
        Assert.Contains("Run 'cronista --help' for usage.", result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    [InlineData("search", "--help")]
    [InlineData("show", "--help")]
    [InlineData("events", "--help")]
    public void Help_is_shown_for_every_command_with_exit_code_0(params string[] args)
    {
        var result = CliRun.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output);
        if (args.Length > 1)
            Assert.Contains("Examples:", result.Output);
    }
}

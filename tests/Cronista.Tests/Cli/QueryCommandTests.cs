using System.Text.Json;
using Cronista.Output;
using Cronista.Storage;
using Cronista.Tests.Ingest;
using Cronista.Tests.Storage;

namespace Cronista.Tests.Cli;

public sealed class QueryCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _database;

    public QueryCommandTests()
    {
        _database = _folder.File("store.db");
        using var store = DocumentStore.Open(_database);
        store.Save(SampleRecords.Summit());
        store.Save(SampleRecords.Plain("ffffffffffffffff", "Un articolo sul tempo a Berna.", title: "Meteo"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Search_prints_the_matching_documents_with_their_ids()
    {
        var result = CliRun.Run("search", "citta", "--db", _database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(SampleRecords.Summit().Id, result.Output);
        Assert.Contains("Putin e Kim al telefono", result.Output);
        Assert.Contains("[città]", result.Output);
        Assert.DoesNotContain("ffffffffffffffff", result.Output);
    }

    [Fact]
    public void Search_as_json_is_an_array_of_hits()
    {
        var result = CliRun.Run("search", "Berna", "--db", _database, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var hit = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Equal("ffffffffffffffff", hit.GetProperty("id").GetString());
        Assert.Equal("Meteo", hit.GetProperty("title").GetString());
        Assert.Contains("[Berna]", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public void Search_without_hits_says_so_and_succeeds()
    {
        var result = CliRun.Run("search", "inesistente", "--db", _database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No documents match 'inesistente'", result.Output);
    }

    [Fact]
    public void Show_prints_the_report_with_every_layer()
    {
        var result = CliRun.Run("show", SampleRecords.Summit().Id, "--db", _database);

        Assert.Equal(0, result.ExitCode);
        var report = result.Output;
        Assert.Contains("Putin e Kim al telefono", report);
        Assert.Contains("publisher  swissinfo.ch", report);
        Assert.Contains("agency     Keystone-ATS", report);
        Assert.Contains("Vladimir Putin", report);
        Assert.Contains("Putin ×2", report);
        Assert.Contains("ieri", report);
        Assert.Contains("2025-08-12", report);
        Assert.Contains("5’000 operai", report);
        Assert.Contains("“pieno sostegno”", report);
        Assert.Contains("Kim Jong-un", report);
        Assert.Contains("swissinfo.ch ← Keystone-ATS ← KCNA", report);
        Assert.Contains("swissinfo.ch ← Keystone-ATS ← Kremlin", report);
        Assert.Contains("CONSULT / 041", report);
        Assert.Contains("Vladimir Putin (RUS GOV)", report);
        Assert.Contains("planned", report);
    }

    [Fact]
    public void Show_as_json_gives_back_the_stored_record()
    {
        var result = CliRun.Run("show", SampleRecords.Summit().Id[..6], "--db", _database, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var record = DocumentRecords.Parse(JsonDocument.Parse(result.Output).RootElement.GetRawText());
        Assert.Equal(DocumentRecords.ToJsonLine(SampleRecords.Summit()), DocumentRecords.ToJsonLine(record));
    }

    [Fact]
    public void Show_of_an_unknown_id_fails_with_exit_code_1_and_a_hint()
    {
        var result = CliRun.Run("show", "0123456789abcdef", "--db", _database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no document with id '0123456789abcdef'", result.Error);
        Assert.Contains("cronista search", result.Error);
    }

    [Fact]
    public void Events_are_listed_as_a_table()
    {
        var result = CliRun.Run("events", "--db", _database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("CONSULT / 041", result.Output);
        Assert.Contains("SUPPORT / 051", result.Output);
        Assert.Contains("AID / 07", result.Output);
    }

    [Fact]
    public void Events_are_filtered_and_printed_as_json()
    {
        var result = CliRun.Run("events", "--db", _database, "--actor", "putin", "--since", "2025-08", "--until", "2025-08-31", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var e = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Equal("CONSULT", e.GetProperty("type").GetString());
        Assert.Equal("RUS GOV", e.GetProperty("actor_code").GetString());
        Assert.Equal(SampleRecords.Summit().Id, e.GetProperty("document_id").GetString());
    }

    [Fact]
    public void Events_by_type_leave_the_others_out()
    {
        var result = CliRun.Run("events", "--db", _database, "--type", "aid", "--format", "json");

        var e = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Equal("v3", e.GetProperty("event_id").GetString());
    }

    [Theory]
    [InlineData("--since", "13/08/2025")]
    [InlineData("--until", "2025-02-30")]
    [InlineData("--since", "yesterday")]
    public void A_bad_date_is_a_usage_error(string option, string value)
    {
        var result = CliRun.Run("events", "--db", _database, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{value}' is not a date for {option}", result.Error);
    }

    [Fact]
    public void Since_after_until_is_a_usage_error()
    {
        var result = CliRun.Run("events", "--db", _database, "--since", "2025-09-01", "--until", "2025-08-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("swap them", result.Error);
    }

    [Theory]
    [InlineData("search", "Putin")]
    [InlineData("show", "abcdef")]
    [InlineData("events")]
    public void A_missing_store_says_how_to_make_one_with_exit_code_1(params string[] args)
    {
        var missing = _folder.File("absent.db");

        var result = CliRun.Run([.. args, "--db", missing]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"cronista: No store at {missing}: run 'cronista analyze PATH' first, or pass --db FILE.\n", result.Error);
        Assert.False(File.Exists(missing));
    }
}

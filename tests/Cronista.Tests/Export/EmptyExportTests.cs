using System.Text.Json;
using Cronista.Export;
using Cronista.Storage;
using Cronista.Tests.Cli;
using Cronista.Tests.Ingest;
using Cronista.Tests.Storage;
using Parquet;

namespace Cronista.Tests.Export;

public sealed class EmptyExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<bool> Stores => new() { false, true };

    /// <summary>A store with no documents, or with one document in which no event was found.</summary>
    private string Store(bool withDocument)
    {
        var path = _folder.File(withDocument ? "no-events.db" : "empty.db");
        using var store = DocumentStore.Open(path);
        if (withDocument)
            store.Save(SampleRecords.Plain("0123456789abcdef", "Un articolo sul tempo a Berna."));
        return path;
    }

    private string ExportToFile(string database, string format)
    {
        var file = _folder.File(Path.Combine("out", $"{Path.GetFileNameWithoutExtension(database)}.{format}"));
        var result = CliRun.Run("export", "--db", database, "--format", format, "--out", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("exported 0 events", result.Error);
        return file;
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Jsonl_and_gdelt_are_empty_files(bool withDocument)
    {
        var database = Store(withDocument);

        Assert.Equal(0, new FileInfo(ExportToFile(database, "jsonl")).Length);
        Assert.Equal(0, new FileInfo(ExportToFile(database, "gdelt-events")).Length);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Csv_is_the_header_alone(bool withDocument)
    {
        var rows = CsvRows.Parse(File.ReadAllText(ExportToFile(Store(withDocument), "csv")));

        var header = Assert.Single(rows);
        Assert.Equal(EventColumns.All.Select(c => c.Name), header);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Plover_json_is_an_empty_array(bool withDocument)
    {
        var json = JsonDocument.Parse(File.ReadAllText(ExportToFile(Store(withDocument), "plover-json"))).RootElement;

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(0, json.GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Parquet_has_the_schema_and_no_rows(bool withDocument)
    {
        var file = ExportToFile(Store(withDocument), "parquet");

        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal(EventColumns.All.Select(c => c.Name), reader.Schema.DataFields.Select(f => f.Name));
        long rows = 0;
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            rows += group.RowCount;
        }
        Assert.Equal(0, rows);
    }

    [Fact]
    public void Standard_output_of_an_empty_store_is_empty_or_an_empty_array()
    {
        var database = Store(withDocument: false);

        Assert.Equal("", CliRun.Run("export", "--db", database, "--format", "jsonl").Output);
        Assert.Equal("[]\n", CliRun.Run("export", "--db", database, "--format", "plover-json").Output);
    }
}

using System.Text;
using System.Text.Json;
using Cronista.Export;
using Cronista.Tests.Export;
using Cronista.Tests.Storage;
using Parquet;

namespace Cronista.Tests.Web.Api;

public sealed class ExportApiTests
{
    private static readonly Cronista.Output.DocumentRecord[] Stored =
    [
        SampleRecords.Summit(),
        SampleRecords.Summit(id: "b1b2c3d4e5f60718", url: "https://www.rsi.ch/summit") with { Publisher = "RSI", Published = "2025-08-20" },
    ];

    private static readonly int StoredEvents = Stored.Sum(r => r.Events.Count);

    private static async Task<byte[]> Download(ApiHost api, string format, string mediaType, string extension)
    {
        var response = await api.Client.GetAsync($"/api/export?format={format}");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"cronista-events.{extension}", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<long> ParquetRows(byte[] file)
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(file));
        Assert.Equal(EventColumns.All.Select(c => c.Name), reader.Schema.DataFields.Select(f => f.Name));
        long rows = 0;
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            rows += group.RowCount;
        }
        return rows;
    }

    [Fact]
    public async Task Every_format_downloads_with_its_type_and_name_and_parses_with_a_record_per_event()
    {
        await using var api = await ApiHost.StartAsync(seed: Stored);

        var jsonl = Encoding.UTF8.GetString(await Download(api, "jsonl", "application/jsonl", "jsonl"));
        var csv = Encoding.UTF8.GetString(await Download(api, "csv", "text/csv", "csv"));
        var parquet = await Download(api, "parquet", "application/vnd.apache.parquet", "parquet");
        var plover = Encoding.UTF8.GetString(await Download(api, "plover-json", "application/json", "json"));
        var gdelt = Encoding.UTF8.GetString(await Download(api, "gdelt-events", "text/tab-separated-values", "tsv"));

        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(StoredEvents, lines.Count);
        Assert.Equal(["a1b2c3d4e5f60718", "b1b2c3d4e5f60718"], lines.Select(l => l.GetProperty("document_id").GetString()).Distinct());
        var rows = CsvRows.Parse(csv);
        Assert.Equal(EventColumns.All.Select(c => c.Name), rows[0]);
        Assert.Equal(StoredEvents, rows.Count - 1);
        Assert.Equal(StoredEvents, await ParquetRows(parquet));
        Assert.Equal(StoredEvents, JsonDocument.Parse(plover).RootElement.GetArrayLength());
        var records = gdelt.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(StoredEvents, records.Length);
        Assert.All(records, r => Assert.Equal(61, r.Split('\t').Length));
    }

    [Fact]
    public async Task Without_a_format_the_export_is_jsonl()
    {
        await using var api = await ApiHost.StartAsync(seed: Stored);

        var response = await api.Client.GetAsync("/api/export");

        Assert.Equal(EventExportFormat.Jsonl.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(StoredEvents, (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("CSV")]
    public async Task An_unknown_format_is_a_400_naming_the_formats(string format)
    {
        await using var api = await ApiHost.StartAsync(seed: Stored);

        var detail = await ApiHost.AssertProblem(await api.Client.GetAsync($"/api/export?format={format}"), 400);

        Assert.Contains(format, detail);
        Assert.Contains("plover-json", detail);
    }

    [Fact]
    public async Task An_empty_store_gives_valid_empty_files()
    {
        await using var api = await ApiHost.StartAsync();

        Assert.Empty(await Download(api, "jsonl", "application/jsonl", "jsonl"));
        Assert.Empty(await Download(api, "gdelt-events", "text/tab-separated-values", "tsv"));
        var header = Assert.Single(CsvRows.Parse(Encoding.UTF8.GetString(await Download(api, "csv", "text/csv", "csv"))));
        Assert.Equal(EventColumns.All.Select(c => c.Name), header);
        Assert.Equal(0, JsonDocument.Parse(await Download(api, "plover-json", "application/json", "json")).RootElement.GetArrayLength());
        Assert.Equal(0, await ParquetRows(await Download(api, "parquet", "application/vnd.apache.parquet", "parquet")));
    }
}

using System.Globalization;
using System.Text.Json;
using Cronista.Export;
using Cronista.Tests.Cli;
using Parquet;

namespace Cronista.Tests.Export;

public sealed class ExportFormatTests(ExportStoreFixture store) : IClassFixture<ExportStoreFixture>
{
    private CliResult Export(string format, params string[] more) => CliRun.Run(["export", "--db", store.Database, "--format", format, .. more]);

    private List<JsonElement> JsonlRows()
    {
        var result = Export("jsonl");
        Assert.Equal(0, result.ExitCode);
        return [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
    }

    [Fact]
    public void Jsonl_has_one_object_per_event_in_publication_then_document_then_event_order()
    {
        var rows = JsonlRows();

        Assert.Equal(store.EventCount, rows.Count);
        var expected = store.Records.SelectMany(r => r.Events.Select(e => (r.Id, e.Id)))
            .OrderBy(k => store.Records.Single(r => r.Id == k.Item1).Published, StringComparer.Ordinal)
            .ThenBy(k => k.Item1, StringComparer.Ordinal)
            .ThenBy(k => int.Parse(k.Item2[1..], CultureInfo.InvariantCulture));
        Assert.Equal(expected, rows.Select(r => (r.GetProperty("document_id").GetString()!, r.GetProperty("event_id").GetString()!)));
    }

    [Fact]
    public void Jsonl_carries_the_document_the_event_its_claims_source_chain_and_its_sentence()
    {
        var rows = JsonlRows();
        var record = store.Records.Single(r => r.Id == ExportStoreFixture.HandMadeId);
        var row = rows.Single(r => r.GetProperty("document_id").GetString() == record.Id && r.GetProperty("event_id").GetString() == "v1");

        Assert.Equal("swissinfo.ch", row.GetProperty("publisher").GetString());
        Assert.Equal("2025-08-13", row.GetProperty("published").GetString());
        Assert.Equal("2025-08-13T09:00:00Z", row.GetProperty("analysed_at").GetString());
        Assert.Equal("RUS GOV", row.GetProperty("actor").GetProperty("code").GetString());
        Assert.Equal("Kim Jong-un", row.GetProperty("target").GetProperty("name").GetString());
        Assert.Equal(record.Text[record.Events[0].Start..record.Events[0].End], row.GetProperty("sentence").GetString());
        var chain = row.GetProperty("source_chain").EnumerateArray().ToList();
        Assert.Equal(["swissinfo.ch", "Keystone-ATS", "Kremlin"], chain.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal(["publisher", "agency", "origin"], chain.Select(l => l.GetProperty("role").GetString()));
        // v2 names a claim the record does not hold: no chain, not an error.
        var unclaimed = rows.Single(r => r.GetProperty("document_id").GetString() == record.Id && r.GetProperty("event_id").GetString() == "v2");
        Assert.Equal(0, unclaimed.GetProperty("source_chain").GetArrayLength());
    }

    [Fact]
    public void Csv_parses_back_with_a_row_per_jsonl_line_and_the_same_values()
    {
        var result = Export("csv");
        var jsonl = JsonlRows();

        Assert.Equal(0, result.ExitCode);
        var rows = CsvRows.Parse(result.Output);
        var header = rows[0];
        Assert.Equal(EventColumns.All.Select(c => c.Name), header);
        Assert.Equal(jsonl.Count, rows.Count - 1);
        Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
        int Column(string name) => Array.IndexOf(header, name);
        for (var i = 0; i < jsonl.Count; i++)
        {
            var csv = rows[i + 1];
            Assert.Equal(jsonl[i].GetProperty("document_id").GetString(), csv[Column("document_id")]);
            Assert.Equal(jsonl[i].GetProperty("event_id").GetString(), csv[Column("event_id")]);
            Assert.Equal(jsonl[i].GetProperty("actor").GetProperty("code").GetString() ?? "", csv[Column("actor_code")]);
            Assert.Equal(jsonl[i].GetProperty("sentence").GetString(), csv[Column("sentence")]);
            Assert.Equal(string.Join('|', jsonl[i].GetProperty("triggers").EnumerateArray().Select(t => t.GetString())), csv[Column("triggers")]);
            Assert.Equal(jsonl[i].GetProperty("start").GetInt32().ToString(CultureInfo.InvariantCulture), csv[Column("start")]);
        }
        // The English headline holds a comma and quotes: it comes back whole.
        Assert.Contains(rows, row => row[Column("title")] == ExportStoreFixture.EnglishTitle);
    }

    [Fact]
    public void Every_field_of_a_jsonl_object_has_its_csv_column()
    {
        var header = CsvRows.Parse(Export("csv").Output)[0];

        foreach (var row in JsonlRows())
        {
            foreach (var name in FlatNames(row))
                Assert.Contains(name, header);
        }
    }

    [Fact]
    public async Task Parquet_reads_back_with_every_column_and_one_row_per_event()
    {
        var file = store.OutputFile("events.parquet");

        var result = Export("parquet", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
        await using var reader = await ParquetReader.CreateAsync(file);
        var fields = reader.Schema.DataFields;
        Assert.Equal(EventColumns.All.Select(c => c.Name), fields.Select(f => f.Name));
        var ids = new List<string?>();
        var starts = new List<long?>();
        var confidences = new List<double?>();
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            var count = (int)group.RowCount;
            var idColumn = new string?[count];
            var startColumn = new long?[count];
            var confidenceColumn = new double?[count];
            await group.ReadAsync(fields.Single(f => f.Name == "event_id"), idColumn.AsMemory()!);
            await group.ReadAsync<long>(fields.Single(f => f.Name == "start"), startColumn.AsMemory());
            await group.ReadAsync<double>(fields.Single(f => f.Name == "confidence"), confidenceColumn.AsMemory());
            ids.AddRange(idColumn);
            starts.AddRange(startColumn);
            confidences.AddRange(confidenceColumn);
        }
        var jsonl = JsonlRows();
        Assert.Equal(jsonl.Select(r => r.GetProperty("event_id").GetString()), ids);
        Assert.Equal(jsonl.Select(r => (long?)r.GetProperty("start").GetInt64()), starts);
        Assert.Equal(jsonl.Select(r => (double?)r.GetProperty("confidence").GetDouble()), confidences);
    }

    [Fact]
    public void Plover_json_is_an_array_of_records_with_actor_codes_split_into_code_and_sector()
    {
        var result = Export("plover-json");

        Assert.Equal(0, result.ExitCode);
        var records = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(store.EventCount, records.Count);
        Assert.Equal(records.Count, records.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(records, r =>
        {
            Assert.True(DateOnly.TryParseExact(r.GetProperty("date").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("event").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("text").GetString()));
            Assert.All(r.GetProperty("source").EnumerateArray(), a => Assert.DoesNotContain(' ', a.GetProperty("code").GetString()!));
        });
        JsonElement Record(string eventId) => records.Single(r => r.GetProperty("id").GetString() == $"{ExportStoreFixture.HandMadeId}-{eventId}");
        var putin = Record("v1").GetProperty("source")[0];
        Assert.Equal("Vladimir Putin", putin.GetProperty("actorText").GetString());
        Assert.Equal("RUS", putin.GetProperty("code").GetString());
        Assert.Equal("GOV", putin.GetProperty("sector").GetString());
        var nato = Record("v4").GetProperty("source")[0];
        Assert.Equal("IGO", nato.GetProperty("code").GetString());
        Assert.False(nato.TryGetProperty("sector", out _));
        Assert.Equal("041", Record("v1").GetProperty("cameo").GetString());
        Assert.Equal("ha parlato al telefono", Record("v1").GetProperty("eventText").GetString());
        Assert.Equal("2025-08-12", Record("v1").GetProperty("date").GetString());
        // Known to the month only: the first day of the month.
        Assert.Equal("2025-08-01", Record("v2").GetProperty("date").GetString());
        var place = Record("v10").GetProperty("eventLoc");
        Assert.Equal("Pyongyang", place.GetProperty("name").GetString());
        Assert.Equal("KP", place.GetProperty("country code").GetString());
        Assert.Equal("swissinfo.ch", Record("v1").GetProperty("publication").GetString());
    }

    [Fact]
    public void Plover_json_round_trips_through_a_json_reader()
    {
        var output = Export("plover-json").Output;

        var parsed = JsonDocument.Parse(output).RootElement;
        var again = JsonDocument.Parse(JsonSerializer.Serialize(parsed)).RootElement;

        Assert.Equal(JsonSerializer.Serialize(parsed), JsonSerializer.Serialize(again));
        Assert.Equal(JsonValueKind.Array, parsed.ValueKind);
    }

    [Fact]
    public void Gdelt_rows_have_61_fields_and_codes_quad_class_and_goldstein_of_the_cameo_code()
    {
        var result = Export("gdelt-events");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("\n", result.Output);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(store.EventCount, rows.Count);
        Assert.All(rows, row => Assert.Equal(61, row.Length));
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
        foreach (var row in rows)
        {
            Assert.True(long.Parse(row[0], CultureInfo.InvariantCulture) > 0);
            Assert.Matches("^[0-9]{8}$", row[1]);
            Assert.Equal(row[1][..6], row[2]);
            Assert.Equal(row[1][..4], row[3]);
            Assert.DoesNotContain(' ', row[5]);
            Assert.Equal(row[6].ToUpperInvariant(), row[6]);
            var code = row[26];
            if (code.Length == 0)
                continue;
            Assert.Equal(code[..Math.Min(3, code.Length)], row[27]);
            Assert.Equal(code[..2], row[28]);
            var root = int.Parse(code[..2], CultureInfo.InvariantCulture);
            var quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Assert.Equal(quad.ToString(CultureInfo.InvariantCulture), row[29]);
            var goldstein = double.Parse(row[30], CultureInfo.InvariantCulture);
            Assert.InRange(goldstein, -10, 10);
            // Cooperation weighs above conflict on Goldstein's scale.
            Assert.True(quad <= 2 ? goldstein >= -2 : goldstein <= 0, $"{code}: {goldstein}");
            Assert.Matches("^[0-9]{14}$", row[59]);
            Assert.NotEqual("", row[60]);
        }
        var handMade = rows.Where(r => r[60] == "https://www.swissinfo.ch/ita/summit").ToList();
        var consult = handMade.Single(r => r[5] == "RUSGOV" && r[26] == "041");
        Assert.Equal(["20250812", "202508", "2025"], consult[1..4]);
        Assert.Equal("VLADIMIR PUTIN", consult[6]);
        Assert.Equal("RUS", consult[7]);
        Assert.Equal("GOV", consult[12]);
        Assert.Equal("PRKGOV", consult[15]);
        Assert.Equal("1", consult[29]);
        Assert.Equal("1", consult[30]);
        Assert.Equal("20250813090000", consult[59]);
        var nato = handMade.Single(r => r[5] == "IGO");
        Assert.Equal(["", "IGO"], new[] { nato[7], nato[12] });
        Assert.Equal("3", nato[29]);
        Assert.Equal("-2", nato[30]);
    }

    [Fact]
    public void Gdelt_action_geography_comes_from_the_gazetteer_with_fips_country_codes()
    {
        var rows = Export("gdelt-events").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();

        var pyongyang = rows.Single(r => r[60] == "https://www.swissinfo.ch/ita/summit" && r[51] != "0" && r[52].StartsWith("Pyongyang", StringComparison.Ordinal));
        Assert.Equal("4", pyongyang[51]);
        Assert.Equal("Pyongyang, Pyongyang, North Korea", pyongyang[52]);
        Assert.Equal("KN", pyongyang[53]);
        Assert.StartsWith("KN", pyongyang[54]);
        Assert.Equal(39.03, double.Parse(pyongyang[56], CultureInfo.InvariantCulture), 2);
        Assert.Equal(125.75, double.Parse(pyongyang[57], CultureInfo.InvariantCulture), 2);
        // Actors have no geography of their own: type 0, the rest blank.
        Assert.Equal(["0", "", "", "", "", "", "", ""], pyongyang[35..43]);
        var noPlace = rows.First(r => r[60] == "https://www.swissinfo.ch/ita/summit" && r[26] == "041");
        Assert.Equal(["0", "", "", "", "", "", "", ""], noPlace[51..59]);
    }

    [Fact]
    public void Gdelt_event_ids_are_the_same_in_every_export()
    {
        var first = Export("gdelt-events").Output.Split('\n').Select(l => l.Split('\t')[0]);
        var second = Export("gdelt-events").Output.Split('\n').Select(l => l.Split('\t')[0]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Out_writes_the_file_prints_nothing_on_standard_output_and_sums_up_on_standard_error()
    {
        var file = store.OutputFile("events.jsonl");

        var toFile = Export("jsonl", "--out", file);
        var toStdout = Export("jsonl");

        Assert.Equal(0, toFile.ExitCode);
        Assert.Equal("", toFile.Output);
        Assert.Equal(toStdout.Output, File.ReadAllText(file));
        Assert.Contains($"exported {store.EventCount} events from {store.Records.Count} documents to {file}", toFile.Error);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, "*.partial"));
    }

    [Fact]
    public void Parquet_without_out_is_a_usage_error()
    {
        var result = Export("parquet");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("--out", result.Error);
    }

    [Fact]
    public void A_missing_store_is_a_clear_error()
    {
        var result = CliRun.Run("export", "--db", store.OutputFile("none.db"), "--format", "csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No store at", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Out_naming_a_folder_is_a_clear_error()
    {
        var folder = Path.GetDirectoryName(store.Database)!;

        var result = Export("csv", "--out", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("it is a folder", result.Error);
    }

    /// <summary>The column names a JSON object flattens to: nested objects joined with '_', lists of objects by their fields.</summary>
    private static IEnumerable<string> FlatNames(JsonElement element, string prefix = "")
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            var value = property.Value;
            // A null may stand for an object (no target) or a text: it says nothing of the columns.
            if (value.ValueKind == JsonValueKind.Null)
                continue;
            // Nor does an empty list: it may be a list of objects, whose columns are their fields.
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
                continue;
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.Object)
                value = value[0];
            if (value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in FlatNames(value, name + "_"))
                    yield return inner;
            }
            else if (value.ValueKind != JsonValueKind.Array || property.Name != "source_chain")
            {
                yield return name;
            }
        }
    }
}

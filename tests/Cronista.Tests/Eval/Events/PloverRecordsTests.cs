using Cronista.Eval.Events;
using Cronista.Tests.Ingest;

namespace Cronista.Tests.Eval.Events;

public sealed class PloverRecordsTests
{
    [Theory]
    [InlineData("""{"id": "x", "text": "An object, not an array."}""")]
    [InlineData("""[{"id": "x"}, 3]""")]
    [InlineData("""[{"id": "x",""")]
    public void A_file_that_is_not_an_array_of_records_is_bad_data(string json)
    {
        using var folder = new TempFolder();
        var path = folder.Write("records.json", json);

        var error = Assert.Throws<InvalidDataException>(() => PloverRecords.Read(path));

        Assert.Contains("records.json", error.Message);
    }

    [Fact]
    public void An_array_of_records_is_read_with_its_documentation_records()
    {
        using var folder = new TempFolder();
        var path = folder.Write("records.json", """[{"id": "doc", "event": "DOCUMENT"}, {"id": "a", "text": "Text.", "target": ""}]""");

        var records = PloverRecords.Read(path);

        Assert.Equal(2, records.Count);
        Assert.Null(PloverRecords.Text(records[0]));
        Assert.Equal("Text.", PloverRecords.Text(records[1]));
        Assert.Empty(PloverRecords.Actors(records[1], "target"));
    }
}

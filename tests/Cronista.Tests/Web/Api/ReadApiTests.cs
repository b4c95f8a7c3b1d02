using System.Net;
using System.Text.Json;
using Cronista.Tests.Storage;

namespace Cronista.Tests.Web.Api;

public sealed class ReadApiTests
{
    private static readonly Cronista.Output.DocumentRecord[] Stored =
    [
        SampleRecords.Summit(),
        SampleRecords.Summit(id: "b1b2c3d4e5f60718", url: "https://www.rsi.ch/summit") with { Publisher = "RSI", Published = "2025-08-20" },
        SampleRecords.Plain("c1b2c3d4e5f60718", "Il telefono di Berna ha squillato.") with { Language = "de", Published = "2025-09-01" },
    ];

    private static IEnumerable<string?> Ids(JsonElement array, string property = "id") =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()).Order(StringComparer.Ordinal);

    [Fact]
    public async Task A_stored_document_comes_back_by_id_and_by_prefix()
    {
        await using var api = await ApiHost.StartAsync(seed: Stored);

        var full = await ApiHost.JsonOf(await api.Client.GetAsync("/api/documents/a1b2c3d4e5f60718"));
        var prefix = await ApiHost.JsonOf(await api.Client.GetAsync("/api/documents/a1b2"));

        Assert.Equal("Putin e Kim al telefono", full.GetProperty("title").GetString());
        Assert.Equal("kb:putin", full.GetProperty("entities")[0].GetProperty("kb_id").GetString());
        Assert.Equal("a1b2c3d4e5f60718", prefix.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("q=telefono", "a1b2c3d4e5f60718,b1b2c3d4e5f60718,c1b2c3d4e5f60718")]
    [InlineData("q=telefono&lang=it", "a1b2c3d4e5f60718,b1b2c3d4e5f60718")]
    [InlineData("q=telefono&publisher=RSI", "b1b2c3d4e5f60718")]
    [InlineData("q=telefono&from=2025-08-14", "b1b2c3d4e5f60718,c1b2c3d4e5f60718")]
    [InlineData("q=telefono&to=2025-08", "a1b2c3d4e5f60718,b1b2c3d4e5f60718")]
    [InlineData("lang=de", "c1b2c3d4e5f60718")]
    [InlineData("q=nulla", "")]
    public async Task Search_combines_words_and_filters(string query, string expected)
    {
        await using var api = await ApiHost.StartAsync(seed: Stored);

        var hits = await ApiHost.JsonOf(await api.Client.GetAsync("/api/search?" + query));

        Assert.Equal(expected, string.Join(',', Ids(hits)));
    }

    [Fact]
    public async Task Entities_are_listed_with_their_document_counts()
    {
        await using var api = await ApiHost.StartAsync(seed: Stored);

        var entities = await ApiHost.JsonOf(await api.Client.GetAsync("/api/entities?q=putin"));

        var putin = Assert.Single(entities.EnumerateArray());
        Assert.Equal("kb:putin", putin.GetProperty("id").GetString());
        Assert.Equal(2, putin.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task An_entity_has_its_mentions_neighbours_quotes_and_timeline()
    {
        await using var api = await ApiHost.StartAsync(seed: Stored);

        var response = await api.Client.GetAsync("/api/entities/" + Uri.EscapeDataString("Kim Jong-un"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kim = await ApiHost.JsonOf(response);
        Assert.Equal("Kim Jong-un", kim.GetProperty("entity").GetProperty("canonical").GetString());
        Assert.Equal(2, kim.GetProperty("documents").GetArrayLength());
        Assert.Equal("Kim", kim.GetProperty("documents")[0].GetProperty("mentions")[0].GetProperty("text").GetString());
        Assert.Contains("kb:putin", Ids(kim.GetProperty("co_occurring")));
        Assert.Equal("pieno sostegno", kim.GetProperty("quotes")[0].GetProperty("quote").GetProperty("text").GetString());
        Assert.Equal(["2025-08-13", "2025-08-20"], kim.GetProperty("timeline").EnumerateArray().Select(d => d.GetProperty("day").GetString()));
    }

    [Theory]
    [InlineData("actor=putin", "v1,v1")]
    [InlineData("target=prk", "v1,v1")]
    [InlineData("actor=PRK&target=RUS&type=SUPPORT", "v2,v2")]
    [InlineData("type=07&from=2025-09-01", "")]
    [InlineData("from=2025-08-12&to=2025-08-12", "v1,v1,v2,v2")]
    public async Task Events_filter_by_actor_target_type_and_date(string query, string expected)
    {
        await using var api = await ApiHost.StartAsync(seed: Stored);

        var events = await ApiHost.JsonOf(await api.Client.GetAsync("/api/events?" + query));

        Assert.Equal(expected, string.Join(',', Ids(events, "event_id")));
    }
}

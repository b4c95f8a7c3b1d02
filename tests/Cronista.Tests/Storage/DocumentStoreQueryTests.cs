using Cronista.Storage;
using Cronista.Tests.Ingest;

namespace Cronista.Tests.Storage;

public sealed class DocumentStoreQueryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DocumentStore _store;

    public DocumentStoreQueryTests()
    {
        _store = DocumentStore.Open(_folder.File("test.db"));
        _store.Save(SampleRecords.Summit());
        _store.Save(SampleRecords.Summit(id: "b1b2c3d4e5f60718", url: "https://www.rsi.ch/summit") with { Publisher = "RSI", Published = "2025-08-20" });
        _store.Save(SampleRecords.Plain("c1b2c3d4e5f60718", "Il telefono di Berna ha squillato.") with { Language = "de", Published = "2025-09-01" });
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData(null, null, null, null, "a1b2c3d4e5f60718,b1b2c3d4e5f60718,c1b2c3d4e5f60718")]
    [InlineData("it", null, null, null, "a1b2c3d4e5f60718,b1b2c3d4e5f60718")]
    [InlineData(null, "rsi", null, null, "b1b2c3d4e5f60718")]
    [InlineData(null, null, "2025-08-14", null, "b1b2c3d4e5f60718,c1b2c3d4e5f60718")]
    [InlineData(null, null, null, "2025-08-20", "a1b2c3d4e5f60718,b1b2c3d4e5f60718")]
    public void Words_and_filters_combine(string? language, string? publisher, string? from, string? to, string expected)
    {
        var hits = _store.Search(new SearchQuery("telefono", language, publisher,
            from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to)));

        Assert.Equal(expected, string.Join(',', hits.Select(h => h.Id).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Without_words_the_filters_list_documents_newest_first()
    {
        var hits = _store.Search(new SearchQuery(Language: "it"));

        Assert.Equal(["b1b2c3d4e5f60718", "a1b2c3d4e5f60718"], hits.Select(h => h.Id));
    }

    [Fact]
    public void Entities_are_counted_across_documents_by_kb_id_or_name()
    {
        var entities = _store.Entities("put");

        var putin = Assert.Single(entities);
        Assert.Equal("kb:putin", putin.Id);
        Assert.Equal(2, putin.Documents);
        Assert.Equal(4, putin.Mentions);
    }

    [Fact]
    public void An_entity_profile_has_its_mentions_neighbours_quotes_and_timeline()
    {
        var kim = _store.Entity("kim jong-un");

        Assert.NotNull(kim);
        Assert.Equal("Kim Jong-un", kim.Entity.Canonical);
        Assert.Equal(["b1b2c3d4e5f60718", "a1b2c3d4e5f60718"], kim.Documents.Select(d => d.DocumentId));
        Assert.All(kim.Documents, d => Assert.Equal("Kim", Assert.Single(d.Mentions).Text));
        Assert.Equal(["kb:putin", "geonames:1871859"], kim.CoOccurring.Select(e => e.Id));
        Assert.Equal(2, kim.Quotes.Count);
        Assert.All(kim.Quotes, q => Assert.Equal("pieno sostegno", q.Quote.Text));
        Assert.Equal(["2025-08-13", "2025-08-20"], kim.Timeline.Select(d => d.Day));
        Assert.Null(_store.Entity("Nessuno"));
    }

    [Fact]
    public void Events_filter_by_target()
    {
        var events = _store.Events(new EventFilter { Target = "prk" });

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("v1", e.EventId));
    }
}

using Cronista.Storage;
using Cronista.Tests.Ingest;
using Microsoft.Data.Sqlite;

namespace Cronista.Tests.Storage;

public sealed class FetchStateTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_document_is_known_by_the_url_it_was_read_from_and_by_its_own_url()
    {
        using var store = DocumentStore.Open(_folder.File("test.db"));
        store.Save(SampleRecords.Plain("abcd1234abcd1234", "Uno.") with { Source = "https://feeds.example.org/r/1", Url = "https://example.org/news/1" });

        Assert.True(store.HasUrl("https://feeds.example.org/r/1"));
        Assert.True(store.HasUrl("https://example.org/news/1"));
        Assert.False(store.HasUrl("https://example.org/news/2"));
    }

    [Fact]
    public void Validators_are_kept_and_replaced()
    {
        using var store = DocumentStore.Open(_folder.File("test.db"));
        var at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        store.SaveFetchState(new FetchState("https://example.org/feed", "\"v1\"", null, at));
        store.SaveFetchState(new FetchState("https://example.org/feed", "\"v2\"", "Tue, 01 Dec 2026 10:00:00 GMT", at.AddHours(1)));

        Assert.Equal(new FetchState("https://example.org/feed", "\"v2\"", "Tue, 01 Dec 2026 10:00:00 GMT", at.AddHours(1)),
            store.GetFetchState("https://example.org/feed"));
        Assert.Null(store.GetFetchState("https://example.org/other"));
    }

    [Fact]
    public void A_store_of_the_first_layout_is_migrated_and_keeps_its_documents()
    {
        var path = _folder.File("old.db");
        using (var store = DocumentStore.Open(path))
            store.Save(SampleRecords.Plain("abcd1234abcd1234", "Uno."));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE fetch_state; DROP INDEX documents_source; DROP INDEX entities_kb_id; DROP INDEX entities_canonical_nocase; PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        using var migrated = DocumentStore.Open(path);

        Assert.Equal(1, migrated.Count());
        Assert.Null(migrated.GetFetchState("https://example.org/feed"));
    }

    [Fact]
    public void A_store_of_the_second_layout_gets_the_entity_indexes_and_keeps_its_documents()
    {
        var path = _folder.File("layout2.db");
        using (var store = DocumentStore.Open(path))
            store.Save(SampleRecords.Plain("abcd1234abcd1235", "Due."));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP INDEX entities_kb_id; DROP INDEX entities_canonical_nocase; PRAGMA user_version = 2;";
            command.ExecuteNonQuery();
        }

        using (var migrated = DocumentStore.Open(path))
            Assert.Equal(1, migrated.Count());

        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using var indexes = check.CreateCommand();
        indexes.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('entities_kb_id', 'entities_canonical_nocase')";
        Assert.Equal(2L, indexes.ExecuteScalar());
    }
}

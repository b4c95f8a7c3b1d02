using Cronista.Output;
using Cronista.Storage;
using Cronista.Tests.Ingest;
using Microsoft.Data.Sqlite;

namespace Cronista.Tests.Storage;

public sealed class DocumentStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DocumentStore _store;

    public DocumentStoreTests() => _store = DocumentStore.Open(_folder.File("test.db"));

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_saved_document_comes_back_exactly_as_it_was()
    {
        var record = SampleRecords.Summit();

        Assert.Equal(SaveOutcome.Added, _store.Save(record));
        var stored = _store.Get(record.Id);

        Assert.NotNull(stored);
        Assert.Equal(DocumentRecords.ToJsonLine(record), DocumentRecords.ToJsonLine(stored));
    }

    [Fact]
    public void A_document_is_found_by_a_unique_prefix_of_its_id_but_not_by_a_short_or_unknown_one()
    {
        _store.Save(SampleRecords.Plain("abcd1234abcd1234", "Uno."));
        _store.Save(SampleRecords.Plain("abce1234abcd1234", "Due."));

        Assert.Equal("Uno.", _store.Get("abcd")?.Text);
        Assert.Null(_store.Get("abc"));
        Assert.Null(_store.Get("ffff"));
    }

    [Fact]
    public void Saving_the_same_id_again_updates_it()
    {
        _store.Save(SampleRecords.Summit());
        var changed = SampleRecords.Summit() with { Title = "Nuovo titolo" };

        Assert.Equal(SaveOutcome.Updated, _store.Save(changed));

        Assert.Equal(1, _store.Count());
        Assert.Equal("Nuovo titolo", _store.Get(changed.Id)?.Title);
        Assert.Equal(3, _store.Events(new EventFilter()).Count);
    }

    [Fact]
    public void Saving_the_same_url_under_another_id_replaces_the_old_document()
    {
        _store.Save(SampleRecords.Plain("1111111111111111", "Prima versione.", url: "https://www.ansa.it/a"));

        _store.Save(SampleRecords.Plain("2222222222222222", "Versione corretta.", url: "https://www.ansa.it/a"));

        Assert.Equal(1, _store.Count());
        Assert.Null(_store.Get("1111111111111111"));
        Assert.Equal("Versione corretta.", _store.Get("2222222222222222")?.Text);
    }

    [Fact]
    public void Saving_the_same_text_again_updates_it_even_when_a_url_is_now_known()
    {
        _store.Save(SampleRecords.Plain("1111111111111111", "Lo stesso testo."));

        Assert.Equal(SaveOutcome.Updated, _store.Save(SampleRecords.Plain("3333333333333333", "Lo stesso testo.", url: "https://www.ansa.it/b")));

        Assert.Equal(1, _store.Count());
        Assert.Equal("https://www.ansa.it/b", _store.Get("3333333333333333")?.Url);
    }

    [Fact]
    public void The_same_wire_text_published_at_two_urls_is_two_documents()
    {
        _store.Save(SampleRecords.Plain("1111111111111111", "Testo di agenzia.", url: "https://www.swissinfo.ch/x"));
        _store.Save(SampleRecords.Plain("2222222222222222", "Testo di agenzia.", url: "https://www.cdt.ch/x"));

        Assert.Equal(2, _store.Count());
    }

    [Fact]
    public void A_batch_is_saved_in_order_and_a_repeat_inside_it_updates_the_earlier_one()
    {
        var outcomes = _store.SaveBatch([
            SampleRecords.Plain("1111111111111111", "Uno."),
            SampleRecords.Plain("2222222222222222", "Due."),
            SampleRecords.Plain("1111111111111111", "Uno, corretto."),
        ]);

        Assert.Equal([SaveOutcome.Added, SaveOutcome.Added, SaveOutcome.Updated], outcomes);
        Assert.Equal(2, _store.Count());
        Assert.Equal("Uno, corretto.", _store.Get("1111111111111111")?.Text);
    }

    [Fact]
    public void Saved_documents_survive_closing_and_reopening_the_file()
    {
        var path = _folder.File("reopen.db");
        using (var store = DocumentStore.Open(path))
            store.Save(SampleRecords.Summit());

        using var reopened = DocumentStore.OpenExisting(path);

        Assert.Equal(1, reopened.Count());
        Assert.Equal("Putin e Kim al telefono", reopened.Get(SampleRecords.Summit().Id)?.Title);
    }

    [Fact]
    public void The_file_is_in_wal_mode_and_carries_its_schema_version()
    {
        using var connection = new SqliteConnection($"Data Source={_store.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();

        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version";
        Assert.Equal(3L, command.ExecuteScalar());
    }

    [Theory]
    [InlineData("città")]
    [InlineData("citta")]
    [InlineData("CITTA")]
    [InlineData("Pyongyang confermato")]
    [InlineData("\"ha confermato\"")]
    [InlineData("Vladimir")]
    [InlineData("sosteg*")]
    public void Full_text_search_finds_words_with_or_without_diacritics(string query)
    {
        _store.Save(SampleRecords.Summit());
        _store.Save(SampleRecords.Plain("ffffffffffffffff", "Un altro articolo sul tempo a Berna.", title: "Meteo"));

        var hit = Assert.Single(_store.Search(query));

        Assert.Equal(SampleRecords.Summit().Id, hit.Id);
        Assert.Equal("Putin e Kim al telefono", hit.Title);
        Assert.Equal("swissinfo.ch", hit.Publisher);
        Assert.Equal("2025-08-13", hit.Published);
    }

    [Fact]
    public void A_search_hit_has_a_snippet_with_the_matching_words_marked()
    {
        _store.Save(SampleRecords.Summit());

        var hit = Assert.Single(_store.Search("citta", highlightOpen: "<", highlightClose: ">"));

        Assert.Contains("<città>", hit.Snippet);
    }

    [Fact]
    public void Hits_come_best_first_and_the_limit_is_kept()
    {
        _store.Save(SampleRecords.Plain("1111111111111111", "Berna una volta sola, poi altro, altro, altro e altro ancora.", title: "Altro"));
        _store.Save(SampleRecords.Plain("2222222222222222", "Berna, Berna e ancora Berna.", title: "Berna"));

        var hits = _store.Search("Berna");

        Assert.Equal(["2222222222222222", "1111111111111111"], hits.Select(h => h.Id));
        Assert.True(hits[0].Rank <= hits[1].Rank);
        Assert.Single(_store.Search("Berna", limit: 1));
    }

    [Theory]
    [InlineData("Putin-Kim")]
    [InlineData("l'agenzia")]
    [InlineData("\"unbalanced")]
    [InlineData("AND")]
    [InlineData("title:")]
    [InlineData("   ")]
    public void Queries_that_are_not_valid_search_syntax_do_not_fail(string query)
    {
        _store.Save(SampleRecords.Summit());

        var hits = _store.Search(query);

        Assert.NotNull(hits);
    }

    [Fact]
    public void A_re_save_replaces_the_old_words_in_the_index()
    {
        _store.Save(SampleRecords.Plain("1111111111111111", "Parola vecchia."));
        _store.Save(SampleRecords.Plain("1111111111111111", "Parola nuova."));

        Assert.Empty(_store.Search("vecchia"));
        Assert.Single(_store.Search("nuova"));
    }

    [Fact]
    public void Events_are_listed_oldest_first_with_their_document()
    {
        _store.Save(SampleRecords.Summit());

        var events = _store.Events(new EventFilter());

        Assert.Equal(["v2", "v1", "v3"], events.Select(e => e.EventId));
        var consult = events[1];
        Assert.Equal(new StoredEvent(SampleRecords.Summit().Id, "v1", "CONSULT", "041", "asserted", "Vladimir Putin", "RUS GOV", "Kim Jong-un", "PRK GOV",
            "2025-08-12", null, "c1", 0.8, "Putin e Kim al telefono", "2025-08-13"), consult);
        Assert.Equal("Kursk", events[2].Location);
    }

    [Theory]
    [InlineData("putin", new[] { "v1" })]
    [InlineData("KIM", new[] { "v2" })]
    [InlineData("prk", new[] { "v2", "v3" })]
    [InlineData("Trump", new string[0])]
    public void Events_are_filtered_by_part_of_the_actor_name_or_code(string actor, string[] expected)
    {
        _store.Save(SampleRecords.Summit());

        var events = _store.Events(new EventFilter(Actor: actor));

        Assert.Equal(expected.Order(), events.Select(e => e.EventId).Order());
    }

    [Theory]
    [InlineData("CONSULT", new[] { "v1" })]
    [InlineData("support", new[] { "v2" })]
    [InlineData("05", new[] { "v2" })]
    [InlineData("0", new[] { "v1", "v2", "v3" })]
    [InlineData("ASSAULT", new string[0])]
    public void Events_are_filtered_by_plover_type_or_cameo_prefix(string type, string[] expected)
    {
        _store.Save(SampleRecords.Summit());

        var events = _store.Events(new EventFilter(Type: type));

        Assert.Equal(expected.Order(), events.Select(e => e.EventId).Order());
    }

    [Theory]
    [InlineData("2025-08-12", null, new[] { "v1", "v2" })]
    [InlineData("2025-08-13", null, new[] { "v2" })]
    [InlineData(null, "2025-08-11", new[] { "v2" })]
    [InlineData("2025-08-12", "2025-08-12", new[] { "v1", "v2" })]
    [InlineData("2025-09-01", null, new string[0])]
    [InlineData(null, "2025-07-31", new string[0])]
    public void Events_are_filtered_by_dates_that_overlap_their_period(string? since, string? until, string[] expected)
    {
        _store.Save(SampleRecords.Summit());

        var events = _store.Events(new EventFilter(Since: since is null ? null : DateOnly.Parse(since), Until: until is null ? null : DateOnly.Parse(until)));

        Assert.Equal(expected.Order(), events.Select(e => e.EventId).Order());
    }

    [Fact]
    public void Event_filters_combine()
    {
        _store.Save(SampleRecords.Summit());

        var events = _store.Events(new EventFilter(Actor: "PRK", Type: "SUPPORT", Since: new DateOnly(2025, 8, 1), Until: new DateOnly(2025, 8, 31)));

        Assert.Equal("v2", Assert.Single(events).EventId);
        Assert.Single(_store.Events(new EventFilter(Limit: 1)));
    }

    [Fact]
    public void Opening_a_store_that_does_not_exist_says_how_to_make_one()
    {
        var path = _folder.File("absent.db");

        var error = Assert.Throws<StoreException>(() => DocumentStore.OpenExisting(path));

        Assert.Equal($"No store at {path}: run 'cronista analyze PATH' first, or pass --db FILE.", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_clear_message()
    {
        var path = _folder.Write("notes.db", "These are my notes, not a database. " + new string('x', 200));

        var error = Assert.Throws<StoreException>(() => DocumentStore.Open(path));

        Assert.Contains("not a Cronista store", error.Message);
    }

    [Fact]
    public void Another_sqlite_database_is_refused_and_left_untouched()
    {
        var path = _folder.File("other.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE people (name TEXT)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => DocumentStore.Open(path));

        Assert.Contains("not a Cronista store", error.Message);
        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using var journal = check.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode";
        Assert.Equal("delete", journal.ExecuteScalar());
    }

    [Fact]
    public void A_store_in_a_missing_folder_cannot_be_created_and_says_why()
    {
        var error = Assert.Throws<StoreException>(() => DocumentStore.Open(_folder.File("no/such/folder/x.db")));

        Assert.Contains("does not exist", error.Message);
    }
}

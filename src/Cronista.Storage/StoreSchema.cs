using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>The store's tables, and the version number (PRAGMA user_version) that says which layout a file has.</summary>
internal static class StoreSchema
{
    /// <summary>The layout this code reads and writes; raise it with every change, and migrate older files.</summary>
    public const int Version = 3;

    private const string CreateVersion1 = """
        CREATE TABLE documents (
            key          INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            source       TEXT NOT NULL,
            url          TEXT,
            publisher    TEXT,
            agency       TEXT,
            published    TEXT,
            language     TEXT,
            title        TEXT,
            text         TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            record_json  TEXT NOT NULL,
            analysed_at  TEXT NOT NULL
        );
        CREATE UNIQUE INDEX documents_url ON documents (url) WHERE url IS NOT NULL;
        CREATE INDEX documents_content_hash ON documents (content_hash);
        CREATE INDEX documents_published ON documents (published);

        CREATE TABLE events (
            doc_key      INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
            event_id     TEXT NOT NULL,
            type         TEXT NOT NULL,
            cameo        TEXT,
            mode         TEXT NOT NULL,
            actor_name   TEXT NOT NULL,
            actor_code   TEXT,
            target_name  TEXT,
            target_code  TEXT,
            date         TEXT,
            date_start   TEXT,
            date_end     TEXT,
            location     TEXT,
            claim        TEXT,
            confidence   REAL NOT NULL,
            PRIMARY KEY (doc_key, event_id)
        );
        CREATE INDEX events_type ON events (type);
        CREATE INDEX events_date ON events (date_start, date_end);

        CREATE TABLE entities (
            doc_key      INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
            entity_id    TEXT NOT NULL,
            canonical    TEXT NOT NULL,
            type         TEXT NOT NULL,
            kb_id        TEXT,
            mentions     INTEGER NOT NULL,
            PRIMARY KEY (doc_key, entity_id)
        );
        CREATE INDEX entities_canonical ON entities (canonical);

        -- rowid = documents.key; diacritics are folded so that "citta" finds "città".
        CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, entities, tokenize = 'unicode61 remove_diacritics 2');
        """;

    // Layout 2: what the fetcher needs to re-poll politely and to skip pages it already has.
    private const string AddVersion2 = """
        CREATE INDEX documents_source ON documents (source);

        CREATE TABLE fetch_state (
            url           TEXT PRIMARY KEY,
            etag          TEXT,
            last_modified TEXT,
            checked_at    TEXT NOT NULL
        );
        """;

    // Layout 3: an entity is looked up by its kb id or its name in any case (the API's entity pages).
    private const string AddVersion3 = """
        CREATE INDEX IF NOT EXISTS entities_kb_id ON entities (kb_id) WHERE kb_id IS NOT NULL;
        CREATE INDEX IF NOT EXISTS entities_canonical_nocase ON entities (canonical COLLATE NOCASE);
        """;

    /// <summary>Creates the tables in a new file, migrates an older layout, or checks that an existing file is a store this code can read.</summary>
    public static void Ensure(SqliteConnection connection, string path)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
        if (version == Version)
            return;
        if (version > Version)
            throw new StoreException($"{path} was written by a newer version of Cronista (store layout {version}, this one reads {Version}); upgrade cronista.");
        var tables = Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_master"));
        if (version == 0 && tables > 0)
            throw new StoreException($"{path} is an SQLite database but not a Cronista store; pass another file with --db.");
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = (version == 0 ? CreateVersion1 : "") + (version < 2 ? AddVersion2 : "") + AddVersion3 + $"\nPRAGMA user_version = {Version};";
            create.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cronista.Output;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>Keeps analysed documents, their events and entity names in one SQLite file, with full-text search.</summary>
/// <remarks>
/// The only place that knows SQL. Each document is saved in its own transaction, so a crash loses nothing already
/// saved, and saving the same article again (same id, URL or text) replaces it. One instance serves one thread.
/// </remarks>
public sealed partial class DocumentStore : IDisposable
{
    /// <summary>The file a store lives in when none is named.</summary>
    public const string DefaultPath = "cronista.db";

    private const int SqliteNotADatabase = 26;
    private const int SqliteCannotOpen = 14;

    private readonly SqliteConnection _connection;

    private DocumentStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    /// <summary>Opens the store in a file, creating the file and its tables when they do not exist.</summary>
    /// <exception cref="StoreException">The file cannot be created or is not a Cronista store.</exception>
    public static DocumentStore Open(string path) => OpenFile(path, SqliteOpenMode.ReadWriteCreate);

    /// <summary>Opens a store that must already exist.</summary>
    /// <exception cref="StoreException">There is no such file, or it is not a Cronista store.</exception>
    public static DocumentStore OpenExisting(string path)
    {
        if (!File.Exists(path))
            throw new StoreException($"No store at {path}: run 'cronista analyze PATH' first, or pass --db FILE.");
        return OpenFile(path, SqliteOpenMode.ReadWrite);
    }

    /// <summary>Saves a document's record, events and entity names, replacing an earlier analysis of the same article.</summary>
    /// <param name="record">The document as <see cref="DocumentRecords.From"/> made it.</param>
    /// <param name="analysedAt">When it was analysed; now when not given.</param>
    public SaveOutcome Save(DocumentRecord record, DateTimeOffset? analysedAt = null) => SaveBatch([record], analysedAt)[0];

    /// <summary>Saves several documents in one transaction: all are saved or, when one fails, none is.</summary>
    /// <remarks>Much faster than one transaction each for a large batch; keep batches small (tens of documents), since a crash loses the open one.</remarks>
    /// <param name="records">The documents, saved in this order; a later one replaces an earlier one of the same article.</param>
    /// <param name="analysedAt">When they were analysed; now when not given.</param>
    public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<DocumentRecord> records, DateTimeOffset? analysedAt = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var at = analysedAt ?? DateTimeOffset.UtcNow;
        return Guard(() =>
        {
            using var transaction = _connection.BeginTransaction();
            var outcomes = new SaveOutcome[records.Count];
            for (var i = 0; i < records.Count; i++)
                outcomes[i] = SaveOne(transaction, records[i] ?? throw new ArgumentException("A batch holds a null record.", nameof(records)), at);
            transaction.Commit();
            return outcomes;
        });
    }

    /// <summary>The stored record of a document, by its id or a unique prefix of it (at least 4 characters); null when none matches.</summary>
    public DocumentRecord? Get(string id)
    {
        var json = Guard(() =>
        {
            var exact = Query(null, "SELECT record_json FROM documents WHERE id = $id", r => r.GetString(0), ("$id", id));
            if (exact.Count > 0 || id.Length < 4)
                return exact.FirstOrDefault();
            // Ids are lower-case hexadecimal, and '~' sorts after every character in them: a range the id index can serve.
            var prefix = id.ToLowerInvariant();
            var byPrefix = Query(null, "SELECT record_json FROM documents WHERE id >= $prefix AND id < $prefix || '~' LIMIT 2", r => r.GetString(0), ("$prefix", prefix));
            return byPrefix.Count == 1 ? byPrefix[0] : null;
        });
        return json is null ? null : DocumentRecords.Parse(json);
    }

    /// <summary>The documents matching a full-text query, best first; words match with or without diacritics.</summary>
    /// <param name="query">Words (all must appear), "a phrase", OR, NOT, prefix* — the SQLite FTS5 syntax; anything else is read as plain words.</param>
    /// <param name="limit">At most this many hits.</param>
    /// <param name="highlightOpen">Written before each matching word in the snippet.</param>
    /// <param name="highlightClose">Written after each matching word in the snippet.</param>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, string highlightOpen = "[", string highlightClose = "]")
    {
        if (string.IsNullOrWhiteSpace(query))
            return [];
        const string sql = """
            SELECT d.id, d.title, d.publisher, d.published, d.source,
                   snippet(documents_fts, -1, $open, $close, '…', 16),
                   bm25(documents_fts, 4.0, 1.0, 2.0) AS rank
            FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid
            WHERE documents_fts MATCH $query
            ORDER BY rank
            LIMIT $limit
            """;
        SearchHit Read(SqliteDataReader r) => new(
            r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), r.GetString(4), r.GetString(5), r.GetDouble(6));
        return Guard(() =>
        {
            try
            {
                return Query(null, sql, Read, ("$open", highlightOpen), ("$close", highlightClose), ("$query", query.Trim()), ("$limit", limit));
            }
            catch (SqliteException e) when (IsQuerySyntaxError(e))
            {
                // Not valid FTS5 syntax ("Putin-Kim", "l'agenzia", a stray quote): search the words as written.
                try
                {
                    return Query(null, sql, Read, ("$open", highlightOpen), ("$close", highlightClose), ("$query", PlainWords(query)), ("$limit", limit));
                }
                catch (SqliteException again) when (IsQuerySyntaxError(again))
                {
                    return [];
                }
            }
        });
    }

    /// <summary>The stored events that pass the filter, by date, then document and event id.</summary>
    public IReadOnlyList<StoredEvent> Events(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new StringBuilder("""
            SELECT d.id, e.event_id, e.type, e.cameo, e.mode, e.actor_name, e.actor_code, e.target_name, e.target_code,
                   e.date, e.location, e.claim, e.confidence, d.title, d.published
            FROM events e JOIN documents d ON d.key = e.doc_key
            WHERE 1 = 1
            """);
        var parameters = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            sql.Append(" AND (cronista_contains(e.actor_name, $actor) OR cronista_contains(e.actor_code, $actor))");
            parameters.Add(("$actor", filter.Actor.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(filter.Target))
        {
            sql.Append(" AND (cronista_contains(e.target_name, $target) OR cronista_contains(e.target_code, $target))");
            parameters.Add(("$target", filter.Target.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            var type = filter.Type.Trim();
            sql.Append(type.All(char.IsAsciiDigit) ? " AND e.cameo LIKE $type || '%'" : " AND e.type = $type COLLATE NOCASE");
            parameters.Add(("$type", type));
        }
        if (filter.Since is { } since)
        {
            sql.Append(" AND e.date_end >= $since");
            parameters.Add(("$since", IsoDate(since)));
        }
        if (filter.Until is { } until)
        {
            sql.Append(" AND e.date_start <= $until");
            parameters.Add(("$until", IsoDate(until)));
        }
        sql.Append(" ORDER BY e.date_start IS NULL, e.date_start, d.published, d.id, e.event_id LIMIT $limit");
        parameters.Add(("$limit", filter.Limit));
        return Guard(() => Query(null, sql.ToString(), r => new StoredEvent(
            r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3), r.GetString(4), r.GetString(5), NullableString(r, 6),
            NullableString(r, 7), NullableString(r, 8), NullableString(r, 9), NullableString(r, 10), NullableString(r, 11), r.GetDouble(12),
            NullableString(r, 13), NullableString(r, 14)), [.. parameters]));
    }

    /// <summary>How many documents the store holds.</summary>
    public long Count() => Guard(() => Query(null, "SELECT count(*) FROM documents", r => r.GetInt64(0))[0]);

    /// <summary>Closes the file.</summary>
    public void Dispose() => _connection.Dispose();

    /// <summary>The SHA-256 of a document's text: two analyses of the same text are the same article.</summary>
    internal static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static DocumentStore OpenFile(string path, SqliteOpenMode mode)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
            throw new StoreException($"Cannot create the store {path}: the folder {folder} does not exist.");
        if (Directory.Exists(path))
            throw new StoreException($"Cannot use {path} as a store: it is a folder; pass a file name with --db.");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Pragma(connection, "PRAGMA foreign_keys = ON");
            Pragma(connection, "PRAGMA busy_timeout = 5000");
            // Checked before anything is written, so that a file that is not a store is left as it was.
            StoreSchema.Ensure(connection, path);
            // WAL lets readers work while a batch is being written; with WAL, NORMAL sync loses no committed transaction in a crash of the program.
            Pragma(connection, "PRAGMA journal_mode = WAL");
            Pragma(connection, "PRAGMA synchronous = NORMAL");
            connection.CreateFunction("cronista_contains", (string? value, string? part) =>
                value is not null && part is not null && value.Contains(part, StringComparison.OrdinalIgnoreCase), isDeterministic: true);
            return new DocumentStore(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Describe(e, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private SaveOutcome SaveOne(SqliteTransaction transaction, DocumentRecord record, DateTimeOffset analysedAt)
    {
        var hash = ContentHash(record.Text);
        var existing = ExistingKeys(transaction, record, hash);
        foreach (var key in existing)
        {
            Execute(transaction, "DELETE FROM documents_fts WHERE rowid = $key", ("$key", key));
            Execute(transaction, "DELETE FROM documents WHERE key = $key", ("$key", key));
        }
        var documentKey = InsertDocument(transaction, record, hash, analysedAt, existing.Count > 0 ? existing[0] : null);
        InsertEvents(transaction, documentKey, record);
        InsertEntities(transaction, documentKey, record);
        Execute(transaction, "INSERT INTO documents_fts (rowid, title, text, entities) VALUES ($key, $title, $text, $entities)",
            ("$key", documentKey), ("$title", record.Title), ("$text", record.Text),
            ("$entities", string.Join(" ; ", record.Entities.Select(e => e.Canonical).Distinct(StringComparer.Ordinal))));
        return existing.Count > 0 ? SaveOutcome.Updated : SaveOutcome.Added;
    }

    private static void Pragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        command.ExecuteNonQuery();
    }

    private List<long> ExistingKeys(SqliteTransaction transaction, DocumentRecord record, string hash) =>
        // The same text under two different URLs is two publications (a wire story on two sites), not one.
        // One indexed look-up per way of being the same article; a single WHERE with ORs would scan the table.
        Query(transaction, """
            SELECT key FROM documents WHERE id = $id
            UNION SELECT key FROM documents WHERE url = $url
            UNION SELECT key FROM documents WHERE content_hash = $hash AND (url IS NULL OR $url IS NULL OR url = $url)
            ORDER BY key
            """, r => r.GetInt64(0), ("$id", record.Id), ("$url", record.Url), ("$hash", hash));

    private long InsertDocument(SqliteTransaction transaction, DocumentRecord record, string hash, DateTimeOffset analysedAt, long? key)
    {
        const string sql = """
            INSERT INTO documents (key, id, source, url, publisher, agency, published, language, title, text, content_hash, record_json, analysed_at)
            VALUES ($key, $id, $source, $url, $publisher, $agency, $published, $language, $title, $text, $hash, $json, $at)
            RETURNING key
            """;
        return Query(transaction, sql, r => r.GetInt64(0),
            ("$key", key), ("$id", record.Id), ("$source", record.Source), ("$url", record.Url), ("$publisher", record.Publisher),
            ("$agency", record.Agency), ("$published", record.Published), ("$language", record.Language), ("$title", record.Title),
            ("$text", record.Text), ("$hash", hash), ("$json", DocumentRecords.ToJsonLine(record)),
            ("$at", analysedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)))[0];
    }

    private void InsertEvents(SqliteTransaction transaction, long documentKey, DocumentRecord record)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR REPLACE INTO events (doc_key, event_id, type, cameo, mode, actor_name, actor_code, target_name, target_code,
                                           date, date_start, date_end, location, claim, confidence)
            VALUES ($doc, $id, $type, $cameo, $mode, $actor, $actorCode, $target, $targetCode, $date, $start, $end, $location, $claim, $confidence)
            """;
        foreach (var e in record.Events)
        {
            var range = TimexRange.Of(e.Date);
            Bind(command, ("$doc", documentKey), ("$id", e.Id), ("$type", e.Type), ("$cameo", e.Cameo), ("$mode", e.Mode),
                ("$actor", e.Actor.Name), ("$actorCode", e.Actor.Code), ("$target", e.Target?.Name), ("$targetCode", e.Target?.Code),
                ("$date", e.Date), ("$start", range is { } r1 ? IsoDate(r1.Start) : null), ("$end", range is { } r2 ? IsoDate(r2.End) : null),
                ("$location", e.Location?.Name), ("$claim", e.Claim), ("$confidence", e.Confidence));
            command.ExecuteNonQuery();
        }
    }

    private void InsertEntities(SqliteTransaction transaction, long documentKey, DocumentRecord record)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR REPLACE INTO entities (doc_key, entity_id, canonical, type, kb_id, mentions)
            VALUES ($doc, $id, $canonical, $type, $kb, $mentions)
            """;
        foreach (var e in record.Entities)
        {
            Bind(command, ("$doc", documentKey), ("$id", e.Id), ("$canonical", e.Canonical), ("$type", e.Type), ("$kb", e.KbId), ("$mentions", e.Mentions.Count));
            command.ExecuteNonQuery();
        }
    }

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Bind(command, parameters);
        command.ExecuteNonQuery();
    }

    private List<T> Query<T>(SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Bind(command, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(read(reader));
        return rows;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw Describe(e, Path);
        }
    }

    private static StoreException Describe(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        SqliteNotADatabase => new StoreException($"{path} is not a Cronista store (not an SQLite database); pass another file with --db.", e),
        SqliteCannotOpen => new StoreException($"Cannot open the store {path}: check that the file and its folder can be written.", e),
        _ => new StoreException($"The store {path} failed: {e.Message}", e),
    };

    private static bool IsQuerySyntaxError(SqliteException e) =>
        e.Message.Contains("fts5:", StringComparison.Ordinal) || e.Message.Contains("no such column", StringComparison.Ordinal)
        || e.Message.Contains("unterminated string", StringComparison.Ordinal) || e.Message.Contains("syntax error", StringComparison.Ordinal);

    /// <summary>Each whitespace-separated word as a quoted FTS5 string, so that no character is read as an operator.</summary>
    private static string PlainWords(string query) =>
        string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private static string? NullableString(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

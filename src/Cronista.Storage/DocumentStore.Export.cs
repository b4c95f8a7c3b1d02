using System.Globalization;
using System.Text.Json;
using Cronista.Output;

namespace Cronista.Storage;

public sealed partial class DocumentStore
{
    /// <summary>Every stored document with when it was analysed: by publication date (undated ones last), then id.</summary>
    /// <remarks>Records are read one at a time as the sequence is walked, so a large store is never held in memory at once;
    /// the store must stay open until the walk ends.</remarks>
    /// <exception cref="StoreException">The store cannot be read, or a record in it is not valid JSON.</exception>
    public IEnumerable<StoredDocument> AllDocuments()
    {
        var keys = Guard(() => Query(null, "SELECT key FROM documents ORDER BY published IS NULL, published, id", r => r.GetInt64(0)));
        foreach (var key in keys)
        {
            var row = Guard(() => Query(null, "SELECT record_json, analysed_at FROM documents WHERE key = $key",
                r => (Json: r.GetString(0), At: r.GetString(1)), ("$key", key)));
            if (row.Count == 0)
                continue;
            yield return new StoredDocument(ParseRecord(row[0].Json), DateTimeOffset.Parse(row[0].At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        }
    }

    private DocumentRecord ParseRecord(string json)
    {
        try
        {
            return DocumentRecords.Parse(json);
        }
        catch (JsonException e)
        {
            throw new StoreException($"The store {Path} holds a document record that cannot be read ({e.Message}); analyse the articles again into a new store.", e);
        }
    }
}

/// <summary>A stored document's record and when it was analysed.</summary>
/// <param name="Record">The document as <c>cronista analyze --format json</c> writes it.</param>
/// <param name="AnalysedAt">When it was analysed, in UTC.</param>
public sealed record StoredDocument(DocumentRecord Record, DateTimeOffset AnalysedAt);

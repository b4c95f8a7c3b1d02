using Cronista.Output;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>Entities across documents: one identity per knowledge-base id, or per canonical name when there is none.</summary>
public sealed partial class DocumentStore
{
    // An entity row belongs to the identity $id when it carries that kb id or that canonical name (any case).
    // Written so that SQLite can use the kb id index and the case-blind name index for each side of the OR.
    private const string IsIdentity = "(e.kb_id = $id OR e.canonical = $id COLLATE NOCASE)";

    /// <summary>The entities whose canonical name or kb id contains the words (any case), most widely reported first.</summary>
    /// <param name="words">Part of a name or kb id; none lists every entity.</param>
    /// <param name="limit">At most this many entities.</param>
    public IReadOnlyList<EntitySummary> Entities(string? words, int limit = 50)
    {
        var filter = string.IsNullOrWhiteSpace(words) ? "" : "WHERE cronista_contains(e.canonical, $words) OR cronista_contains(e.kb_id, $words)";
        return Guard(() => Query(null, $"""
            SELECT coalesce(e.kb_id, e.canonical) AS identity, min(e.canonical), min(e.type), max(e.kb_id), count(DISTINCT e.doc_key), sum(e.mentions)
            FROM entities e {filter}
            GROUP BY identity
            ORDER BY count(DISTINCT e.doc_key) DESC, sum(e.mentions) DESC, identity
            LIMIT $limit
            """, ReadSummary, ("$words", words?.Trim()), ("$limit", limit)));
    }

    /// <summary>What the store knows of one entity: where it is mentioned, who appears with it, what it said, and when.</summary>
    /// <param name="id">A kb id ("Q7747") or a canonical name, any case.</param>
    /// <param name="documentLimit">Mentions and quotes are read from at most this many documents, the newest (each is a whole
    /// stored record to parse); counts, neighbours and the timeline cover every document.</param>
    /// <returns>Null when no stored document mentions such an entity.</returns>
    public EntityProfile? Entity(string id, int documentLimit = 25)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        id = id.Trim();
        return Guard(() =>
        {
            var rows = Query(null, $"""
                SELECT e.doc_key, e.entity_id, e.canonical, e.type, e.kb_id, e.mentions, d.id, d.title, d.publisher, d.published
                FROM entities e JOIN documents d ON d.key = e.doc_key
                WHERE {IsIdentity}
                ORDER BY d.published IS NULL, d.published DESC, d.id
                """, r => new IdentityRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), NullableString(r, 4), r.GetInt32(5),
                    r.GetString(6), NullableString(r, 7), NullableString(r, 8), NullableString(r, 9)), ("$id", id));
            if (rows.Count == 0)
                return null;
            var canonical = rows.GroupBy(r => r.Canonical, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var summary = new EntitySummary(
                rows.Select(r => r.KbId).FirstOrDefault(k => k is not null) ?? canonical, canonical, rows[0].Type,
                rows.Select(r => r.KbId).FirstOrDefault(k => k is not null), rows.Select(r => r.DocKey).Distinct().Count(), rows.Sum(r => r.Mentions));
            var coOccurring = Query(null, $"""
                SELECT coalesce(o.kb_id, o.canonical) AS identity, min(o.canonical), min(o.type), max(o.kb_id), count(DISTINCT o.doc_key), sum(o.mentions)
                FROM entities o
                WHERE o.doc_key IN (SELECT e.doc_key FROM entities e WHERE {IsIdentity})
                  AND NOT coalesce(o.kb_id = $id OR o.canonical = $id COLLATE NOCASE, 0)
                GROUP BY identity
                ORDER BY count(DISTINCT o.doc_key) DESC, sum(o.mentions) DESC, identity
                LIMIT 50
                """, ReadSummary, ("$id", id));
            var timeline = rows.Where(r => r.Published is not null)
                .GroupBy(r => r.Published!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TimelineDay(g.Key, g.Select(r => r.DocKey).Distinct().Count(), g.Sum(r => r.Mentions)))
                .ToList();
            var documents = new List<EntityDocument>();
            var quotes = new List<EntityQuote>();
            foreach (var inDocument in rows.GroupBy(r => r.DocKey).Take(documentLimit))
            {
                var first = inDocument.First();
                var record = ParseRecord(Query(null, "SELECT record_json FROM documents WHERE key = $key", r => r.GetString(0), ("$key", first.DocKey))[0]);
                var entityIds = inDocument.Select(r => r.EntityId).ToHashSet(StringComparer.Ordinal);
                var mentions = record.Entities.Where(e => entityIds.Contains(e.Id)).SelectMany(e => e.Mentions).OrderBy(m => m.Start).ToList();
                documents.Add(new EntityDocument(first.DocumentId, first.Title, first.Publisher, first.Published, mentions));
                quotes.AddRange(record.Quotes
                    .Where(q => (q.Speaker is not null && entityIds.Contains(q.Speaker)) || q.Speakers.Any(entityIds.Contains))
                    .Select(q => new EntityQuote(first.DocumentId, first.Title, first.Published, q)));
            }
            return new EntityProfile(summary, documents, coOccurring, quotes, timeline);
        });
    }

    private static EntitySummary ReadSummary(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3), r.GetInt32(4), r.GetInt32(5));

    private sealed record IdentityRow(
        long DocKey, string EntityId, string Canonical, string Type, string? KbId, int Mentions,
        string DocumentId, string? Title, string? Publisher, string? Published);
}

/// <summary>One entity across the store.</summary>
/// <param name="Id">Its identity: the kb id when it has one, else its canonical name.</param>
/// <param name="Canonical">Its name as written canonically.</param>
/// <param name="Type">PER, ORG, LOC or MISC.</param>
/// <param name="KbId">The knowledge-base id, when linked.</param>
/// <param name="Documents">How many documents mention it.</param>
/// <param name="Mentions">How many times it is mentioned in all.</param>
public sealed record EntitySummary(string Id, string Canonical, string Type, string? KbId, int Documents, int Mentions);

/// <summary>An entity with its mentions, neighbours, quotes and timeline.</summary>
/// <param name="Entity">The entity across the store.</param>
/// <param name="Documents">The documents that mention it, newest first, with the mentions in each.</param>
/// <param name="CoOccurring">Other entities mentioned in the same documents, most shared first.</param>
/// <param name="Quotes">What it is quoted as saying.</param>
/// <param name="Timeline">Per publication day, how many documents mention it and how often.</param>
public sealed record EntityProfile(
    EntitySummary Entity, IReadOnlyList<EntityDocument> Documents, IReadOnlyList<EntitySummary> CoOccurring,
    IReadOnlyList<EntityQuote> Quotes, IReadOnlyList<TimelineDay> Timeline);

/// <summary>A document that mentions an entity, with those mentions.</summary>
public sealed record EntityDocument(string DocumentId, string? Title, string? Publisher, string? Published, IReadOnlyList<MentionRecord> Mentions);

/// <summary>A quote given to an entity, with the document it is in.</summary>
public sealed record EntityQuote(string DocumentId, string? Title, string? Published, QuoteRecord Quote);

/// <summary>One publication day of an entity's timeline.</summary>
/// <param name="Day">The day, YYYY-MM-DD.</param>
/// <param name="Documents">Documents published that day that mention the entity.</param>
/// <param name="Mentions">Its mentions in them.</param>
public sealed record TimelineDay(string Day, int Documents, int Mentions);

using System.Text;
using Microsoft.Data.Sqlite;

namespace Cronista.Storage;

/// <summary>Search narrowed by language, publication dates and publisher, as the HTTP API and its facets ask for it.</summary>
public sealed partial class DocumentStore
{
    // How much of the text stands for a snippet when documents are listed without words to match.
    private const int LeadSnippetLength = 200;

    /// <summary>The documents that match the words and pass every filter: best first with words, newest first without.</summary>
    /// <remarks>Without words the filters alone choose, so that a page can list, say, one publisher's articles of a week.</remarks>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new StringBuilder();
        var parameters = new List<(string, object?)> { ("$limit", query.Limit) };
        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            filters.Append(" AND d.language = $language COLLATE NOCASE");
            parameters.Add(("$language", query.Language.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.Publisher))
        {
            filters.Append(" AND d.publisher = $publisher COLLATE NOCASE");
            parameters.Add(("$publisher", query.Publisher.Trim()));
        }
        // Dates are stored as YYYY-MM-DD, so text order is date order.
        if (query.From is { } from)
        {
            filters.Append(" AND d.published >= $from");
            parameters.Add(("$from", IsoDate(from)));
        }
        if (query.To is { } to)
        {
            filters.Append(" AND d.published <= $to");
            parameters.Add(("$to", IsoDate(to)));
        }
        if (string.IsNullOrWhiteSpace(query.Words))
            return Guard(() => Query(null, $"""
                SELECT d.id, d.title, d.publisher, d.published, d.source, substr(d.text, 1, {LeadSnippetLength}), 0.0
                FROM documents d WHERE 1 = 1{filters}
                ORDER BY d.published IS NULL, d.published DESC, d.id
                LIMIT $limit
                """, ReadHit, [.. parameters]));

        var sql = $"""
            SELECT d.id, d.title, d.publisher, d.published, d.source,
                   snippet(documents_fts, -1, $open, $close, '…', 16),
                   bm25(documents_fts, 4.0, 1.0, 2.0) AS rank
            FROM documents_fts JOIN documents d ON d.key = documents_fts.rowid
            WHERE documents_fts MATCH $query{filters}
            ORDER BY rank
            LIMIT $limit
            """;
        parameters.Add(("$open", query.HighlightOpen));
        parameters.Add(("$close", query.HighlightClose));
        List<SearchHit> Run(string match) => Query(null, sql, ReadHit, [.. parameters, ("$query", match)]);
        return Guard(() =>
        {
            try
            {
                return Run(query.Words.Trim());
            }
            catch (SqliteException e) when (IsQuerySyntaxError(e))
            {
                // Not valid FTS5 syntax: search the words as written, as the unfiltered search does.
                try
                {
                    return Run(PlainWords(query.Words));
                }
                catch (SqliteException again) when (IsQuerySyntaxError(again))
                {
                    return [];
                }
            }
        });
    }

    private static SearchHit ReadHit(SqliteDataReader r) => new(
        r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), r.GetString(4), r.GetString(5), r.GetDouble(6));
}

/// <summary>What to search for: words, filters, or both; every part is optional and they combine with AND.</summary>
/// <param name="Words">Words in the FTS5 syntax of <see cref="DocumentStore.Search(string, int, string, string)"/>; none lists by date.</param>
/// <param name="Language">Only documents in this ISO 639-1 language.</param>
/// <param name="Publisher">Only documents of this outlet (the name as stored, any case).</param>
/// <param name="From">Only documents published on this day or later.</param>
/// <param name="To">Only documents published on this day or earlier.</param>
/// <param name="Limit">At most this many hits.</param>
public sealed record SearchQuery(
    string? Words = null, string? Language = null, string? Publisher = null, DateOnly? From = null, DateOnly? To = null, int Limit = 20)
{
    /// <summary>Written before each matching word in the snippet.</summary>
    public string HighlightOpen { get; init; } = "[";

    /// <summary>Written after each matching word in the snippet.</summary>
    public string HighlightClose { get; init; } = "]";
}

using System.Globalization;

namespace Cronista.Storage;

/// <summary>What the fetcher remembers between runs: which pages the store already has, and each feed's cache validators.</summary>
public sealed partial class DocumentStore
{
    /// <summary>Whether a document was read from this URL, or has it as its URL; the fetcher then need not fetch it again.</summary>
    public bool HasUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Guard(() => Query(null, "SELECT EXISTS (SELECT 1 FROM documents WHERE source = $url UNION ALL SELECT 1 FROM documents WHERE url = $url)",
            r => r.GetInt64(0), ("$url", url))[0] == 1);
    }

    /// <summary>The ETag and Last-Modified last seen for a URL (a feed, a sitemap), when any.</summary>
    public FetchState? GetFetchState(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Guard(() => Query(null, "SELECT etag, last_modified, checked_at FROM fetch_state WHERE url = $url",
            r => new FetchState(url, NullableString(r, 0), NullableString(r, 1),
                DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)), ("$url", url))).FirstOrDefault();
    }

    /// <summary>Remembers the validators of a URL's latest answer.</summary>
    public void SaveFetchState(FetchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Guard(() =>
        {
            using var transaction = _connection.BeginTransaction();
            Execute(transaction, """
                INSERT INTO fetch_state (url, etag, last_modified, checked_at) VALUES ($url, $etag, $modified, $at)
                ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at
                """, ("$url", state.Url), ("$etag", state.ETag), ("$modified", state.LastModified),
                ("$at", state.CheckedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
            transaction.Commit();
            return 0;
        });
    }
}

/// <summary>The cache validators of a URL's latest answer, and when it was checked.</summary>
/// <param name="Url">The URL polled.</param>
/// <param name="ETag">Its ETag, when the server sent one.</param>
/// <param name="LastModified">Its Last-Modified header as sent.</param>
/// <param name="CheckedAt">When it was last fetched.</param>
public sealed record FetchState(string Url, string? ETag, string? LastModified, DateTimeOffset CheckedAt);

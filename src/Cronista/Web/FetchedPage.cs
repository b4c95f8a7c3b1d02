namespace Cronista.Web;

/// <summary>A response the fetcher accepted: the bytes and what the server said about them.</summary>
/// <param name="RequestedUrl">The URL asked for.</param>
/// <param name="Url">The URL the content came from, after redirects.</param>
/// <param name="Status">The HTTP status: 200, or 304 when the cached copy is still current.</param>
/// <param name="MediaType">The Content-Type's media type ("text/html"), when given.</param>
/// <param name="Charset">The Content-Type's charset, when given.</param>
/// <param name="Body">The body, decompressed; empty for 304.</param>
/// <param name="Validators">The ETag and Last-Modified to send next time.</param>
public sealed record FetchedPage(
    Uri RequestedUrl,
    Uri Url,
    int Status,
    string? MediaType,
    string? Charset,
    byte[] Body,
    CacheValidators Validators)
{
    /// <summary>Whether the server said the copy fetched last time is still current.</summary>
    public bool NotModified => Status == 304;
}

/// <summary>What makes a request conditional: the ETag and Last-Modified of the copy already held.</summary>
/// <param name="ETag">The entity tag, sent back as If-None-Match.</param>
/// <param name="LastModified">The Last-Modified value, sent back verbatim as If-Modified-Since.</param>
public sealed record CacheValidators(string? ETag = null, string? LastModified = null)
{
    /// <summary>No copy held: the request is unconditional.</summary>
    public static CacheValidators None { get; } = new();

    /// <summary>Whether there is anything to send.</summary>
    public bool Any => ETag is not null || LastModified is not null;
}

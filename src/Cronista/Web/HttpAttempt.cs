using System.Net;
using System.Net.Http.Headers;

namespace Cronista.Web;

/// <summary>One request and its answer: status, the headers the fetcher acts on, and the body when it was read.</summary>
internal sealed record HttpAttempt(
    Uri Url,
    int Status,
    string? ReasonPhrase,
    Uri? Location,
    MediaTypeHeaderValue? ContentType,
    CacheValidators Validators,
    TimeSpan? RetryAfter,
    byte[] Body)
{
    /// <summary>Whether the answer sends the client elsewhere.</summary>
    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308 && Location is not null;

    /// <summary>Whether trying again later may succeed: the server is busy, overloaded or briefly failing.</summary>
    public bool IsTransient => Status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>The status as a person reads it: "404 Not Found".</summary>
    public string StatusText => $"{Status} {ReasonPhrase ?? ((HttpStatusCode)Status).ToString()}";

    /// <summary>The attempt a response's headers describe, with the body already read (or empty).</summary>
    public static HttpAttempt From(Uri url, HttpResponseMessage response, byte[] body, TimeProvider clock)
    {
        var location = response.Headers.Location is { } target ? new Uri(url, target) : null;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;
        TimeSpan? retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
        return new HttpAttempt(url, (int)response.StatusCode, response.ReasonPhrase, location, response.Content.Headers.ContentType,
            new CacheValidators(etag, lastModified), retryAfter, body);
    }
}

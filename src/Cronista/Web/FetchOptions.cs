namespace Cronista.Web;

/// <summary>How politely and how far the fetcher goes: identity, limits, pacing and retries.</summary>
public sealed record FetchOptions
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string RobotsToken = "cronista";

    /// <summary>The User-Agent sent with every request; it names the program, so site owners can address it in robots.txt.</summary>
    public string UserAgent { get; init; } = "Cronista/1.0 (news analysis; obeys robots.txt; token \"cronista\")";

    /// <summary>The largest response body read; a larger one is refused, decompressed bytes counted.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>How long one attempt may take, headers and body together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many redirects are followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>How many times a transient failure (timeout, 429, 5xx, dropped connection) is retried.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first wait before a retry; each further retry waits about twice as long.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait honoured from a Retry-After header or a robots.txt Crawl-delay.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The shortest time between two requests to the same host.</summary>
    public TimeSpan HostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many requests may be open to one host at once.</summary>
    public int HostConcurrency { get; init; } = 2;

    /// <summary>Whether private, loopback and link-local addresses may be fetched; off, so that a URL cannot reach the local network.</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Whether robots.txt is read and obeyed; off only for tests of what lies behind it.</summary>
    public bool ObeyRobots { get; init; } = true;

    /// <summary>How long a host's robots.txt is trusted before it is read again (RFC 9309 §2.4: at most 24 hours).</summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(24);
}

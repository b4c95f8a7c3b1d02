using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Cronista.Web;

/// <summary>Fetches web pages the way a well-behaved crawler does: robots.txt obeyed, hosts paced, transient failures
/// retried with backoff, conditional requests, bounded size, time and redirects, and no reach into private networks.</summary>
/// <remarks>Thread-safe; build one per run and share it, so that pacing and robots.txt hold across all requests.</remarks>
public sealed class PoliteFetcher : IDisposable
{
    private const string Accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5";

    private readonly HttpClient _http;
    private readonly HostGate _gate;
    private readonly RobotsCache _robots;
    private readonly ResiliencePipeline<HttpAttempt> _attempts;
    private readonly TimeProvider _clock;

    /// <summary>A fetcher with these limits; <paramref name="clock"/> is for tests that control time.</summary>
    public PoliteFetcher(FetchOptions options, TimeProvider? clock = null)
    {
        Options = options;
        var time = _clock = clock ?? TimeProvider.System;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            // A proxy would be connected to instead of the host, and the address guard would check the proxy.
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = new AddressGuard(options.AllowPrivateAddresses).ConnectAsync,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        _http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", Accept);
        _gate = new HostGate(options.HostConcurrency, options.HostInterval, time);
        _robots = new RobotsCache(this, options.RobotsLifetime, time);
        _attempts = new ResiliencePipelineBuilder<HttpAttempt> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpAttempt>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxWait,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result?.RetryAfter is { } wait ? (TimeSpan?)(wait < options.MaxWait ? wait : options.MaxWait) : null),
            })
            .AddTimeout(options.Timeout)
            .Build();
    }

    /// <summary>The limits this fetcher works with.</summary>
    public FetchOptions Options { get; }

    /// <summary>Fetches a URL, following redirects; with <paramref name="validators"/>, a 304 answer comes back as not modified.</summary>
    /// <exception cref="FetchException">The URL is not fetched: disallowed, private, an error status, too large, too slow, unreachable.</exception>
    public Task<FetchedPage> FetchAsync(Uri url, CacheValidators? validators = null, CancellationToken cancel = default) =>
        FetchAsync(url, validators ?? CacheValidators.None, Options.MaxBytes, obeyRobots: Options.ObeyRobots, truncate: false, cancel);

    /// <summary>The robots.txt of an origin, fetched without a robots check, cut at the size RFC 9309 requires to be read.</summary>
    internal Task<FetchedPage> FetchRobotsAsync(Uri robotsUrl, CancellationToken cancel) =>
        FetchAsync(robotsUrl, CacheValidators.None, RobotsTxt.MaxBytes, obeyRobots: false, truncate: true, cancel);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<FetchedPage> FetchAsync(Uri url, CacheValidators validators, long maxBytes, bool obeyRobots, bool truncate, CancellationToken cancel)
    {
        CheckScheme(url, url);
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            RobotsTxt? robots = null;
            if (obeyRobots)
            {
                robots = await _robots.ForAsync(current, cancel).ConfigureAwait(false);
                if (!robots.Allows(current.PathAndQuery))
                    throw new FetchException(robots.ClosedBecause is { } why
                        ? $"{current.Host} is not crawled: {why}"
                        : $"robots.txt of {current.Host} disallows {current.PathAndQuery}", FetchFailure.Disallowed);
            }
            var attempt = await AttemptAsync(current, validators, maxBytes, truncate, robots?.CrawlDelay, cancel).ConfigureAwait(false);
            if (attempt.IsRedirect)
            {
                if (redirects >= Options.MaxRedirects)
                    throw new FetchException($"more than {Options.MaxRedirects} redirects, the last to {attempt.Location}", FetchFailure.Redirects, attempt.Status);
                current = attempt.Location!;
                CheckScheme(current, url);
                continue;
            }
            if (attempt.Status == 304 && validators.Any)
                return Page(url, attempt, []);
            if (attempt.Status is < 200 or >= 300)
                throw HttpError(attempt);
            return Page(url, attempt, attempt.Body);
        }
    }

    private static FetchedPage Page(Uri requested, HttpAttempt attempt, byte[] body) => new(
        requested, attempt.Url, attempt.Status, attempt.ContentType?.MediaType, attempt.ContentType?.CharSet?.Trim('"', '\''), body,
        attempt.Validators);

    /// <summary>One request with its retries: every try waits for the host's turn and is held to the time limit.</summary>
    private async Task<HttpAttempt> AttemptAsync(Uri url, CacheValidators validators, long maxBytes, bool truncate, TimeSpan? crawlDelay, CancellationToken cancel)
    {
        var tries = 0;
        try
        {
            return await _attempts.ExecuteAsync(async token =>
            {
                tries++;
                using var slot = await _gate.EnterAsync(url.Host, crawlDelay, token).ConfigureAwait(false);
                return await SendAsync(url, validators, maxBytes, truncate, token).ConfigureAwait(false);
            }, cancel).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException)
        {
            throw new FetchException($"no complete answer from {url.Host} within {Seconds(Options.Timeout)}{Tries(tries)}", FetchFailure.Timeout);
        }
        catch (HttpRequestException e) when (Find<PrivateAddressException>(e) is { } refused)
        {
            throw new FetchException($"refused: {refused.Message}", FetchFailure.PrivateAddress);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException(Describe(url, e) + Tries(tries), FetchFailure.Network);
        }
        catch (IOException e)
        {
            throw new FetchException($"the connection to {url.Host} dropped while the page was read ({e.Message}){Tries(tries)}", FetchFailure.Network);
        }
    }

    private async Task<HttpAttempt> SendAsync(Uri url, CacheValidators validators, long maxBytes, bool truncate, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators.ETag is { } etag)
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (validators.LastModified is { } since)
            request.Headers.TryAddWithoutValidation("If-Modified-Since", since);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is < 200 or >= 300)
            return HttpAttempt.From(url, response, [], _clock);
        if (!truncate && response.Content.Headers.ContentLength is { } length && length > maxBytes)
            throw TooLarge(url, length, maxBytes);
        await using var stream = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        var (body, overflow) = await BoundedRead.ReadAsync(stream, maxBytes, cancel).ConfigureAwait(false);
        if (overflow && !truncate)
            throw TooLarge(url, null, maxBytes);
        return HttpAttempt.From(url, response, body, _clock);
    }

    private static bool IsTransient(Outcome<HttpAttempt> outcome) => outcome.Exception switch
    {
        null => outcome.Result?.IsTransient == true,
        TimeoutRejectedException or IOException => true,
        HttpRequestException e => Find<PrivateAddressException>(e) is null && Find<SocketException>(e)?.SocketErrorCode is not SocketError.HostNotFound,
        _ => false,
    };

    private static void CheckScheme(Uri url, Uri asked)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            var what = url == asked ? "" : $" (redirected from {asked})";
            throw new FetchException($"{url}{what} is not an http or https URL", url == asked ? FetchFailure.BadUrl : FetchFailure.Redirects);
        }
    }

    private static FetchException HttpError(HttpAttempt attempt)
    {
        var advice = attempt.Status switch
        {
            404 or 410 => ": the server has no page at this URL",
            401 or 403 => ": the server refuses access",
            304 => ": the server answered 'not modified' to a request that was not conditional",
            >= 500 => ": the server failed (after retries)",
            _ => "",
        };
        return new FetchException($"HTTP {attempt.StatusText}{advice}", FetchFailure.HttpError, attempt.Status);
    }

    private static FetchException TooLarge(Uri url, long? length, long limit) =>
        new($"{url} is {(length is { } l ? Ingest.ByteSizes.Format(l) : "larger than that")}, over the {Ingest.ByteSizes.Format(limit)} limit for one page; raise it with --max-size",
            FetchFailure.TooLarge);

    private static string Describe(Uri url, HttpRequestException e) => Find<SocketException>(e)?.SocketErrorCode switch
    {
        SocketError.HostNotFound or SocketError.NoData => $"unknown host {url.Host}: no address is registered for it; check the URL",
        SocketError.ConnectionRefused => $"{url.Host} refused the connection on port {url.Port}",
        SocketError.TimedOut => $"{url.Host} did not accept a connection in time",
        _ => $"cannot reach {url.Host}: {e.Message}",
    };

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.#} s";

    private static string Tries(int tries) => tries > 1 ? $" ({tries} tries)" : "";

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
                return found;
        }
        return null;
    }
}

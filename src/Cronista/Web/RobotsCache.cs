using System.Collections.Concurrent;

namespace Cronista.Web;

/// <summary>Each origin's robots.txt, read once and kept for its lifetime; concurrent requests to a new origin share one read.</summary>
internal sealed class RobotsCache(PoliteFetcher fetcher, TimeSpan lifetime, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> _origins = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules that apply to a URL.</summary>
    /// <exception cref="FetchException">The host cannot be reached at all, or is refused by the address guard.</exception>
    public async Task<RobotsTxt> ForAsync(Uri url, CancellationToken cancel)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = clock.GetUtcNow();
        var entry = _origins.AddOrUpdate(origin,
            _ => new Entry(now, Read(origin)),
            (_, old) => now - old.ReadAt > lifetime || old.Rules.IsFaulted || old.Rules.IsCanceled ? new Entry(now, Read(origin)) : old);
        return await entry.Rules.WaitAsync(cancel).ConfigureAwait(false);
    }

    private Task<RobotsTxt> Read(string origin) => ReadAsync(new Uri(origin + "/robots.txt"));

    private async Task<RobotsTxt> ReadAsync(Uri robotsUrl)
    {
        try
        {
            var page = await fetcher.FetchRobotsAsync(robotsUrl, CancellationToken.None).ConfigureAwait(false);
            return RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(page.Body), FetchOptions.RobotsToken);
        }
        catch (FetchException e) when (e.Status is >= 400 and < 500)
        {
            // RFC 9309 §2.3.1.3: no robots.txt (404, 403 …) means no rules.
            return RobotsTxt.AllowAll;
        }
        catch (FetchException e) when (e.Kind is FetchFailure.HttpError or FetchFailure.Redirects)
        {
            // §2.3.1.4: a server error, or a robots.txt that cannot be reached through its redirects, closes the site.
            return RobotsTxt.Unreadable($"its robots.txt cannot be read ({e.Message}), and a crawler must then keep away from the whole site");
        }
    }

    private sealed record Entry(DateTimeOffset ReadAt, Task<RobotsTxt> Rules);
}

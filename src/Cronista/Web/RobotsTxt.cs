using System.Globalization;

namespace Cronista.Web;

/// <summary>The rules a robots.txt file sets for one crawler (RFC 9309), with the non-standard Crawl-delay.</summary>
public sealed class RobotsTxt
{
    // RFC 9309 §2.5: crawlers must parse at least the first 500 KiB; what follows may be ignored.
    internal const int MaxBytes = 500 * 1024;

    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps, string? closedBecause = null)
    {
        _rules = rules;
        ClosedBecause = closedBecause;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    /// <summary>Everything allowed: a host with no robots.txt (a 4xx answer, RFC 9309 §2.3.1.3).</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, []);

    /// <summary>Why the whole site is closed when its robots.txt could not be read; null for rules read from a file.</summary>
    public string? ClosedBecause { get; }

    /// <summary>Everything disallowed: a host whose robots.txt cannot be read (a server error, §2.3.1.4).</summary>
    public static RobotsTxt Unreadable(string why) => new([("/", false)], null, [], why);

    /// <summary>How long the file asks crawlers to wait between requests, when it says.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>The sitemaps the file lists.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>The rules for the crawler named <paramref name="token"/>: its own groups, else the "*" groups.</summary>
    public static RobotsTxt Parse(string text, string token)
    {
        var own = new List<(string, bool)>();
        var any = new List<(string, bool)>();
        TimeSpan? ownDelay = null, anyDelay = null;
        var sitemaps = new List<string>();
        bool forUs = false, forAny = false, readingAgents = false, ownGroupSeen = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon < 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    // Consecutive user-agent lines open one group together; a user-agent after rules opens a new group.
                    if (!readingAgents)
                        forUs = forAny = false;
                    readingAgents = true;
                    if (value == "*")
                        forAny = true;
                    else if (MatchesToken(value, token))
                        forUs = ownGroupSeen = true;
                    break;
                case "allow" or "disallow":
                    readingAgents = false;
                    var rule = (value, key == "allow");
                    // An empty Disallow allows everything: it is no rule at all.
                    if (value.Length == 0)
                        break;
                    if (forUs)
                        own.Add(rule);
                    if (forAny)
                        any.Add(rule);
                    break;
                case "crawl-delay":
                    readingAgents = false;
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86_400)
                    {
                        if (forUs)
                            ownDelay = TimeSpan.FromSeconds(seconds);
                        if (forAny)
                            anyDelay = TimeSpan.FromSeconds(seconds);
                    }
                    break;
                case "sitemap":
                    if (value.Length > 0)
                        sitemaps.Add(value);
                    break;
                default:
                    readingAgents = false;
                    break;
            }
        }
        return ownGroupSeen ? new RobotsTxt(own, ownDelay, sitemaps) : new RobotsTxt(any, anyDelay, sitemaps);
    }

    /// <summary>Whether the crawler may fetch a path (with its query): the longest matching rule decides, Allow winning a tie.</summary>
    public bool Allows(string pathAndQuery)
    {
        // RFC 9309 §2.2.2: /robots.txt itself is always allowed.
        if (pathAndQuery.Equals("/robots.txt", StringComparison.Ordinal))
            return true;
        var path = Normalize(pathAndQuery);
        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            var normalized = Normalize(pattern);
            if (!Matches(normalized, path))
                continue;
            if (normalized.Length > bestLength || normalized.Length == bestLength && allow)
            {
                bestLength = normalized.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    // A product token matches case-insensitively; "Cronista/1.0" in a file names the same crawler as "cronista".
    private static bool MatchesToken(string value, string token)
    {
        var name = value.Split('/', ' ')[0];
        return name.Equals(token, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Percent-escapes are compared decoded (upper- and lower-case hex alike), except %2F: an escaped slash sits
    /// inside a path segment and is not the separator "/".</summary>
    private static string Normalize(string path)
    {
        if (!path.Contains('%'))
            return path;
        try
        {
            return Uri.UnescapeDataString(path.Replace("%2F", "%252F", StringComparison.OrdinalIgnoreCase));
        }
        catch (UriFormatException)
        {
            return path;
        }
    }

    /// <summary>Whether a pattern (with "*" for any run of characters and a final "$" for the end) matches the start of a path.</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
            pattern = pattern[..^1];
        if (!pattern.Contains('*'))
            return anchored ? path.Equals(pattern, StringComparison.Ordinal) : path.StartsWith(pattern, StringComparison.Ordinal);
        var pieces = pattern.Split('*');
        if (!path.StartsWith(pieces[0], StringComparison.Ordinal))
            return false;
        var at = pieces[0].Length;
        for (var i = 1; i < pieces.Length; i++)
        {
            var last = i == pieces.Length - 1;
            if (last && anchored)
                return path.Length - at >= pieces[i].Length && path.EndsWith(pieces[i], StringComparison.Ordinal);
            var found = path.IndexOf(pieces[i], at, StringComparison.Ordinal);
            if (found < 0)
                return false;
            at = found + pieces[i].Length;
        }
        return true;
    }
}

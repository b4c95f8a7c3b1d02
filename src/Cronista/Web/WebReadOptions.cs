namespace Cronista.Web;

/// <summary>How far a web read goes, and what it may skip.</summary>
public sealed record WebReadOptions
{
    /// <summary>The most pages read from one feed or sitemap (a news sitemap can list thousands).</summary>
    public int MaxPagesPerList { get; init; } = 500;

    /// <summary>The most sitemaps read from one sitemap index.</summary>
    public int MaxListsPerIndex { get; init; } = 50;

    /// <summary>How many pages are fetched at once, across hosts; each host is still paced by the fetcher.</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>Whether a page URL is already held (in the store), so that it is not fetched again.</summary>
    public Func<string, bool> IsKnown { get; init; } = _ => false;

    /// <summary>The validators of a feed or sitemap's last answer, for a conditional request.</summary>
    public Func<string, CacheValidators?> ValidatorsOf { get; init; } = _ => null;
}

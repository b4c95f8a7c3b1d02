using Cronista.Ingest;

namespace Cronista.Web;

/// <summary>A page a feed or sitemap points to, with what the list says about it.</summary>
/// <param name="Url">The page's address.</param>
/// <param name="Hints">What the list declares: title, date, language.</param>
/// <param name="EmbeddedHtml">The article as the feed carries it, used when the page itself cannot be read.</param>
public sealed record LinkedPage(Uri Url, SourceHints Hints, string? EmbeddedHtml = null);

/// <summary>What a feed or sitemap lists: pages to read, and further sitemaps (a sitemap index).</summary>
/// <param name="Pages">The pages, in the list's order.</param>
/// <param name="Lists">Further lists to read, for a sitemap index.</param>
public sealed record PageList(IReadOnlyList<LinkedPage> Pages, IReadOnlyList<Uri> Lists);

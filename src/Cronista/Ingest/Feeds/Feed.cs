namespace Cronista.Ingest.Feeds;

/// <summary>A news feed as read: its title and language, and its entries in feed order.</summary>
/// <param name="Title">The feed's title (usually the outlet or section).</param>
/// <param name="Language">The language the feed declares, as written ("it", "en-US").</param>
/// <param name="Entries">The entries, in the order the feed lists them.</param>
public sealed record Feed(string? Title, string? Language, IReadOnlyList<FeedEntry> Entries);

/// <summary>One entry of a feed: a link to an article, with whatever of the article the feed carries.</summary>
/// <param name="Url">The article's absolute URL, resolved against the feed's own URL or base; null when there is none.</param>
/// <param name="Title">The headline.</param>
/// <param name="Author">The author's name.</param>
/// <param name="Published">When it was published (or last updated, when the feed gives only that), in the feed's own offset.</param>
/// <param name="Language">The entry's language as written, falling back to the feed's.</param>
/// <param name="Summary">The summary or description as HTML (plain-text summaries are escaped into paragraphs).</param>
/// <param name="ContentHtml">The full content as HTML, when the feed carries it (RSS content:encoded, Atom content,
/// JSON Feed content_html or content_text).</param>
public sealed record FeedEntry(
    string? Url,
    string? Title,
    string? Author,
    DateTimeOffset? Published,
    string? Language,
    string? Summary,
    string? ContentHtml);

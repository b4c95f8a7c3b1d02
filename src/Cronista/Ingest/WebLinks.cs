namespace Cronista.Ingest;

/// <summary>Makes the links that feeds and sitemaps carry absolute.</summary>
internal static class WebLinks
{
    /// <summary>The link as an absolute http(s) URL, resolved against the base when it is relative; null when it cannot be.</summary>
    public static string? Absolute(string? link, Uri? baseUri)
    {
        var value = link?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.AbsoluteUri;
        // On Unix "/path" parses as an absolute file URI; such a link is relative to the site.
        if (baseUri is { IsAbsoluteUri: true } && Uri.TryCreate(baseUri, value, out var resolved) && resolved.Scheme is "http" or "https")
            return resolved.AbsoluteUri;
        return null;
    }

    /// <summary>The base URI for links: the given one, or the link resolved against it.</summary>
    public static Uri? Rebase(Uri? baseUri, string? link) =>
        Absolute(link, baseUri) is { } absolute ? new Uri(absolute) : baseUri;
}

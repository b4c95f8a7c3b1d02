namespace Cronista.Extraction.Html;

/// <summary>What a web page says about its article: the body text and the metadata found around it.</summary>
/// <param name="Text">The body, one paragraph per line block, separated by blank lines; no headline, no page chrome.</param>
/// <param name="Title">The headline.</param>
/// <param name="Author">The byline's author.</param>
/// <param name="Published">The publication date.</param>
/// <param name="Modified">The date of the last change.</param>
/// <param name="SiteName">The publisher or site name the page declares.</param>
/// <param name="Language">The language the page declares (html lang, meta), as an ISO 639-1 code.</param>
/// <param name="CanonicalUrl">The canonical URL, else the URL the page was read from.</param>
/// <param name="ImageUrl">The lead image.</param>
/// <param name="Method">Which body finder produced the text ("structure" or "density").</param>
public sealed record HtmlArticle(
    string Text,
    string? Title = null,
    string? Author = null,
    DateOnly? Published = null,
    DateOnly? Modified = null,
    string? SiteName = null,
    string? Language = null,
    string? CanonicalUrl = null,
    string? ImageUrl = null,
    string Method = "structure");

namespace Cronista.Web.Api;

/// <summary>An article sent as JSON: exactly one of text, html or url, with what the sender knows about it.</summary>
/// <param name="Text">The article's text (the plain-text layout of <c>cronista analyze</c> is not read here: this is the body).</param>
/// <param name="Html">A web page holding the article.</param>
/// <param name="Url">The address of a page to fetch and read.</param>
/// <param name="Published">The publication date, YYYY-MM-DD.</param>
/// <param name="Language">The ISO 639-1 language (it, en, de, fr); detected when not given.</param>
public sealed record AnalyzeRequest(string? Text = null, string? Html = null, string? Url = null, string? Published = null, string? Language = null);

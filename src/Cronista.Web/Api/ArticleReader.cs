using System.Globalization;
using System.Text.Json;
using Cronista.Core;
using Cronista.Ingest;
using Cronista.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cronista.Web.Api;

/// <summary>Turns the body of an analyse or ingest request into a raw article, the way <c>cronista analyze</c> and
/// <c>cronista ingest</c> read files and pages.</summary>
/// <param name="fetcher">Fetches pages asked for by URL.</param>
/// <param name="maxRequestBytes">The body size limit.</param>
internal sealed class ArticleReader(PoliteFetcher fetcher, long maxRequestBytes)
{
    /// <summary>What posted articles are said to be read from, in the document's source field.</summary>
    public const string PostedSource = "http-api";

    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Reads the request: text/plain (an article file's layout), text/html (a page) or JSON (text, html or url).</summary>
    public async Task<ArticleInput> ReadAsync(HttpRequest request, CancellationToken cancel)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType.Value is not { } mediaType)
            return ArticleInput.Refused(ProblemResults.UnsupportedMediaType(request.ContentType));
        var kind = mediaType.ToLowerInvariant() switch
        {
            "text/plain" => RawFormat.PlainText,
            "text/html" or "application/xhtml+xml" => RawFormat.Html,
            "application/json" => RawFormat.Record,
            var other when other.EndsWith("+json", StringComparison.Ordinal) => RawFormat.Record,
            _ => (RawFormat?)null,
        };
        if (kind is null)
            return ArticleInput.Refused(ProblemResults.UnsupportedMediaType(request.ContentType));
        var body = await RequestBody.ReadAsync(request, maxRequestBytes, cancel);
        if (body is null)
            return ArticleInput.Refused(ProblemResults.TooLarge(maxRequestBytes));
        return kind switch
        {
            RawFormat.PlainText => PlainText(body),
            RawFormat.Html => Html(body, contentType.Charset.Value, SourceHints.None, PostedSource),
            _ => await JsonAsync(body, cancel),
        };
    }

    private static ArticleInput PlainText(byte[] body)
    {
        var item = new ArticleSources(new IngestOptions { MaxArticleBytes = body.Length + 1 }).ReadPlainText(new MemoryStream(body), PostedSource);
        return item switch
        {
            RawItem raw => new ArticleInput(raw, null, null),
            IngestFailure failure => ArticleInput.Refused(ProblemResults.BadRequest($"The article cannot be read: {failure.Reason}.")),
            _ => throw new InvalidOperationException("An ingest item is either read or failed."),
        };
    }

    private static ArticleInput Html(byte[] body, string? charset, SourceHints hints, string source)
    {
        var text = HtmlDecoding.Decode(body, charset, out var encoding);
        return new ArticleInput(new RawItem(source, text, RawFormat.Html, hints, encoding, body.Length), hints.Language, null);
    }

    private async Task<ArticleInput> JsonAsync(byte[] body, CancellationToken cancel)
    {
        AnalyzeRequest? posted;
        try
        {
            posted = JsonSerializer.Deserialize<AnalyzeRequest>(body, RequestJson);
        }
        catch (JsonException e)
        {
            return ArticleInput.Refused(ProblemResults.BadRequest($"The body is not valid JSON: {e.Message}"));
        }
        if (posted is null)
            return ArticleInput.Refused(ProblemResults.BadRequest("The body is JSON null; send an object with \"text\", \"html\" or \"url\"."));
        var given = new[] { posted.Text, posted.Html, posted.Url }.Count(v => v is not null);
        if (given != 1)
            return ArticleInput.Refused(ProblemResults.BadRequest("Send exactly one of \"text\", \"html\" or \"url\"."));
        DateOnly? published = null;
        if (posted.Published is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return ArticleInput.Refused(ProblemResults.BadRequest($"\"published\" is '{date}'; write it as YYYY-MM-DD."));
            published = day;
        }
        var language = posted.Language?.Trim().ToLowerInvariant();
        if (language is not null && !SupportedLanguages.IsSupported(language))
            return ArticleInput.Refused(ProblemResults.BadRequest(
                $"\"language\" is '{posted.Language}'; use one of {string.Join(", ", SupportedLanguages.All)}, or leave it out to detect it."));
        var hints = new SourceHints(Published: published, Language: language);
        if (posted.Text is { } text)
            return new ArticleInput(new RawItem(PostedSource, text, RawFormat.Record, hints, "utf-8", body.Length), language, null);
        if (posted.Html is { } html)
            return new ArticleInput(new RawItem(PostedSource, html, RawFormat.Html, hints, "utf-8", body.Length), language, null);
        return await FetchAsync(posted.Url!, hints, cancel);
    }

    private async Task<ArticleInput> FetchAsync(string url, SourceHints hints, CancellationToken cancel)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            return ArticleInput.Refused(ProblemResults.BadRequest($"\"url\" is '{url}'; give an absolute http or https address."));
        try
        {
            var page = await fetcher.FetchAsync(address, cancel: cancel);
            return Html(page.Body, page.Charset, hints with { Url = page.Url.AbsoluteUri }, page.Url.AbsoluteUri);
        }
        catch (FetchException e) when (e.Kind is FetchFailure.BadUrl or FetchFailure.PrivateAddress)
        {
            return ArticleInput.Refused(ProblemResults.BadRequest(e.Message));
        }
        catch (FetchException e)
        {
            return ArticleInput.Refused(ProblemResults.BadGateway(e.Message));
        }
    }
}

using System.Threading.Channels;
using Cronista.Ingest;

namespace Cronista.Web;

/// <summary>Reads articles from the web: a page by its URL, or every page a feed or sitemap lists (local feed and sitemap
/// files too), each as an item named by the URL it was fetched from.</summary>
/// <remarks>One failing URL becomes an <see cref="IngestFailure"/> and the read goes on.</remarks>
public sealed class WebSources(PoliteFetcher fetcher, WebReadOptions options)
{
    /// <summary>Every article and failure from the targets (URLs or local files); pages are yielded as they arrive.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> targets, WebReadReport report, CancellationToken cancel = default)
    {
        // Bounded, so that fetching never runs far ahead of analysis.
        var channel = Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(2 * options.Parallelism) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var target in targets)
                    await ReadTargetAsync(target, channel.Writer, report, stop.Token).ConfigureAwait(false);
            }
            finally
            {
                channel.Writer.Complete();
            }
        }, stop.Token);
        var finished = false;
        try
        {
            foreach (var item in channel.Reader.ReadAllAsync(cancel).ToBlockingEnumerable(cancel))
                yield return item;
            finished = true;
        }
        finally
        {
            // A reader that stops early must not leave fetches running against a channel nobody empties.
            if (!finished)
                stop.Cancel();
        }
        producer.GetAwaiter().GetResult();
    }

    private async Task ReadTargetAsync(string target, ChannelWriter<IngestItem> output, WebReadReport report, CancellationToken cancel)
    {
        Resource resource;
        try
        {
            resource = await LoadAsync(target, asList: false, cancel).ConfigureAwait(false);
        }
        catch (FetchException e)
        {
            await output.WriteAsync(new IngestFailure(target, e.Message), cancel).ConfigureAwait(false);
            return;
        }
        if (resource.NotModified)
        {
            report.NotModified.Enqueue(target);
            return;
        }
        switch (resource.Kind)
        {
            case ContentKind.Html:
                await output.WriteAsync(PageItem(target, resource, SourceHints.None), cancel).ConfigureAwait(false);
                break;
            case ContentKind.Feed or ContentKind.Sitemap:
                var pages = await ListedPagesAsync(target, resource, output, report, cancel).ConfigureAwait(false);
                await ReadPagesAsync(pages, output, report, cancel).ConfigureAwait(false);
                break;
            default:
                await output.WriteAsync(new IngestFailure(target, NotReadable(resource)), cancel).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The pages a feed or sitemap lists, following a sitemap index one level down.</summary>
    private async Task<List<LinkedPage>> ListedPagesAsync(string target, Resource resource, ChannelWriter<IngestItem> output, WebReadReport report, CancellationToken cancel)
    {
        var pages = new List<LinkedPage>();
        var list = await ParseListAsync(target, resource, output, report, cancel).ConfigureAwait(false);
        if (list is null)
            return pages;
        pages.AddRange(list.Pages);
        foreach (var child in list.Lists.Take(options.MaxListsPerIndex))
        {
            if (pages.Count >= options.MaxPagesPerList)
                break;
            Resource childResource;
            try
            {
                childResource = await LoadAsync(child.AbsoluteUri, asList: true, cancel).ConfigureAwait(false);
            }
            catch (FetchException e)
            {
                await output.WriteAsync(new IngestFailure(child.AbsoluteUri, e.Message), cancel).ConfigureAwait(false);
                continue;
            }
            if (childResource.NotModified)
            {
                report.NotModified.Enqueue(child.AbsoluteUri);
                continue;
            }
            if (await ParseListAsync(child.AbsoluteUri, childResource, output, report, cancel).ConfigureAwait(false) is { } childList)
                pages.AddRange(childList.Pages);
        }
        return pages;
    }

    private async Task<PageList?> ParseListAsync(string source, Resource resource, ChannelWriter<IngestItem> output, WebReadReport report, CancellationToken cancel)
    {
        try
        {
            var list = PageLists.Parse(resource.Kind, resource.Body, resource.Charset, resource.Url);
            if (resource.Validators is { Any: true } validators)
                report.Validators[source] = validators;
            return list;
        }
        catch (FormatException e)
        {
            await output.WriteAsync(new IngestFailure(source, e.Message), cancel).ConfigureAwait(false);
            return null;
        }
    }

    private async Task ReadPagesAsync(List<LinkedPage> pages, ChannelWriter<IngestItem> output, WebReadReport report, CancellationToken cancel)
    {
        var fresh = new List<LinkedPage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (fresh.Count >= options.MaxPagesPerList)
                break;
            if (!seen.Add(page.Url.AbsoluteUri))
                continue;
            if (options.IsKnown(page.Url.AbsoluteUri))
                report.CountKnown();
            else
                fresh.Add(page);
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancel };
        await Parallel.ForEachAsync(fresh, parallel, async (page, token) =>
            await output.WriteAsync(await ReadPageAsync(page, token).ConfigureAwait(false), token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private async Task<IngestItem> ReadPageAsync(LinkedPage page, CancellationToken cancel)
    {
        var source = page.Url.AbsoluteUri;
        try
        {
            var resource = await LoadAsync(source, asList: false, cancel).ConfigureAwait(false);
            if (resource.Kind == ContentKind.Html)
                return PageItem(source, resource, page.Hints);
            return (IngestItem?)Embedded(page) ?? new IngestFailure(source, NotReadable(resource));
        }
        catch (FetchException e)
        {
            // The feed's own copy of the article stands in for a page that cannot be fetched.
            return (IngestItem?)Embedded(page) ?? new IngestFailure(source, e.Message);
        }
    }

    private static RawItem? Embedded(LinkedPage page) =>
        page.EmbeddedHtml is { Length: > 0 } html
            ? new RawItem(page.Url.AbsoluteUri, html, RawFormat.Html, page.Hints with { Url = page.Hints.Url ?? page.Url.AbsoluteUri }, "utf-8", html.Length)
            : null;

    private static RawItem PageItem(string source, Resource resource, SourceHints hints)
    {
        var text = HtmlDecoding.Decode(resource.Body, resource.Charset, out var encoding);
        return new RawItem(source, text, RawFormat.Html, hints with { Url = hints.Url ?? resource.Url?.AbsoluteUri }, encoding, resource.Body.Length);
    }

    private static string NotReadable(Resource resource) =>
        $"not a web page, feed or sitemap (Content-Type {resource.MediaType ?? "not given"}); nothing to analyse";

    /// <summary>A URL fetched (conditionally when it is a list read before), or a local file read.</summary>
    private async Task<Resource> LoadAsync(string target, bool asList, CancellationToken cancel)
    {
        if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || url.IsFile)
            return await LocalFile.ReadAsync(target, fetcher.Options.MaxBytes, cancel).ConfigureAwait(false);
        var page = await fetcher.FetchAsync(url, options.ValidatorsOf(target), cancel).ConfigureAwait(false);
        if (page.NotModified)
            return new Resource(page.Url, ContentKind.Other, page.MediaType, page.Charset, [], page.Validators, NotModified: true);
        var kind = ContentSniffer.Sniff(page.MediaType, page.Body);
        return new Resource(page.Url, kind, page.MediaType, page.Charset, page.Body, page.Validators);
    }

    /// <summary>Fetched or read bytes and what they are.</summary>
    internal sealed record Resource(Uri? Url, ContentKind Kind, string? MediaType, string? Charset, byte[] Body, CacheValidators? Validators, bool NotModified = false);
}

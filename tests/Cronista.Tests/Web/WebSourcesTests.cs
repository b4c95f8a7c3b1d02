using Cronista.Ingest;
using Cronista.Web;
using Microsoft.AspNetCore.Http;

namespace Cronista.Tests.Web;

public sealed class WebSourcesTests : IAsyncLifetime
{
    private const string Article = "<html lang=\"it\"><head><title>Titolo</title></head><body><article><p>Il testo dell'articolo.</p></article></body></html>";

    private static readonly FetchOptions Local = LocalFetch.Options with { MaxRetries = 1 };

    private LocalWebServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void A_page_is_an_html_item_named_by_its_url()
    {
        _server.MapText("/news/1", Article);

        var item = Assert.IsType<RawItem>(Assert.Single(Read(Local, _server.Url("/news/1").AbsoluteUri)));

        Assert.Equal(_server.Url("/news/1").AbsoluteUri, item.Source);
        Assert.Equal(_server.Url("/news/1").AbsoluteUri, item.Hints.Url);
        Assert.Equal(RawFormat.Html, item.Format);
        Assert.Contains("Il testo dell'articolo.", item.Text);
    }

    [Fact]
    public void The_url_a_page_was_redirected_to_is_its_url_and_the_requested_one_its_source()
    {
        _server.Map("/short", context =>
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = "/news/long-name";
            return Task.CompletedTask;
        });
        _server.MapText("/news/long-name", Article);

        var item = Assert.IsType<RawItem>(Assert.Single(Read(Local, _server.Url("/short").AbsoluteUri)));

        Assert.Equal(_server.Url("/short").AbsoluteUri, item.Source);
        Assert.Equal(_server.Url("/news/long-name").AbsoluteUri, item.Hints.Url);
    }

    [Fact]
    public void Each_failing_url_is_a_failure_with_its_reason_and_the_others_are_read()
    {
        _server.MapText("/gone", "missing", "text/plain", status: 404);
        _server.MapText("/broken", "oops", "text/plain", status: 500);
        _server.MapText("/picture", "\u0089PNG", "image/png");
        _server.MapText("/ok", Article);
        var dead = $"http://127.0.0.1:{UnusedPort()}/nobody-listens";

        var items = Read(Local, _server.Url("/gone").AbsoluteUri, _server.Url("/broken").AbsoluteUri, dead,
            _server.Url("/picture").AbsoluteUri, "not a url or a file", _server.Url("/ok").AbsoluteUri);

        Assert.Equal(6, items.Count);
        Assert.Contains("404", Failure(items[0]).Reason);
        Assert.Contains("500", Failure(items[1]).Reason);
        Assert.Equal(dead, Failure(items[2]).Source);
        Assert.Contains("image/png", Failure(items[3]).Reason);
        Assert.Contains("no such file", Failure(items[4]).Reason);
        Assert.IsType<RawItem>(items[5]);
    }

    [Fact]
    public void A_page_over_the_size_limit_and_a_page_too_slow_to_answer_fail_alone()
    {
        _server.Map("/huge", async context =>
        {
            context.Response.ContentType = "text/html";
            var block = new byte[1 << 16];
            Array.Fill(block, (byte)'a');
            // Fifty megabytes, sent without a Content-Length so that only counting stops it.
            for (var sent = 0; sent < 50 << 20 && !context.RequestAborted.IsCancellationRequested; sent += block.Length)
                await context.Response.Body.WriteAsync(block, context.RequestAborted);
        });
        _server.Map("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            await context.Response.WriteAsync(Article, context.RequestAborted);
        });
        _server.MapText("/ok", Article);
        var options = Local with { MaxBytes = 1 << 20, Timeout = TimeSpan.FromMilliseconds(300), MaxRetries = 0 };

        var items = Read(options, _server.Url("/huge").AbsoluteUri, _server.Url("/slow").AbsoluteUri, _server.Url("/ok").AbsoluteUri);

        Assert.Contains("limit", Failure(items[0]).Reason);
        Assert.Contains("no complete answer", Failure(items[1]).Reason);
        Assert.IsType<RawItem>(items[2]);
    }

    [Fact]
    public void A_local_page_file_is_read_like_a_fetched_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cronista-web-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, Article);
        try
        {
            var item = Assert.IsType<RawItem>(Assert.Single(Read(Local, path)));

            Assert.Equal(path, item.Source);
            Assert.Contains("Il testo dell'articolo.", item.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static List<IngestItem> Read(FetchOptions fetch, params string[] targets) => Read(fetch, new WebReadOptions(), new WebReadReport(), targets);

    internal static List<IngestItem> Read(FetchOptions fetch, WebReadOptions read, WebReadReport report, params string[] targets)
    {
        using var fetcher = new PoliteFetcher(fetch);
        return [.. new WebSources(fetcher, read).Read(targets, report)];
    }

    internal static IngestFailure Failure(IngestItem item) => Assert.IsType<IngestFailure>(item);

    private static int UnusedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

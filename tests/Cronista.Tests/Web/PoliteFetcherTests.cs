using System.Net;
using System.Net.Sockets;
using Cronista.Web;
using Microsoft.AspNetCore.Http;

namespace Cronista.Tests.Web;

public sealed class PoliteFetcherTests : IAsyncLifetime
{
    private static readonly FetchOptions Local = LocalFetch.Options;

    private LocalWebServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_page_comes_with_its_type_charset_and_the_user_agent_is_sent()
    {
        _server.MapText("/news/1", "<html><body><p>Ciao</p></body></html>", "text/html; charset=ISO-8859-1");
        using var fetcher = new PoliteFetcher(Local);

        var page = await fetcher.FetchAsync(_server.Url("/news/1"));

        Assert.Equal(200, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal("ISO-8859-1", page.Charset);
        Assert.Contains("<p>Ciao</p>", System.Text.Encoding.Latin1.GetString(page.Body));
        var request = Assert.Single(_server.Requests, r => r.Path == "/news/1");
        Assert.StartsWith("Cronista/", request.Headers["User-Agent"]);
    }

    [Fact]
    public async Task Loopback_is_refused_unless_private_addresses_are_allowed()
    {
        _server.MapText("/news/1", "<p>internal</p>");
        using var fetcher = new PoliteFetcher(Local with { AllowPrivateAddresses = false });

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/news/1")));

        Assert.Equal(FetchFailure.PrivateAddress, failure.Kind);
        Assert.Contains("--allow-private", failure.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Robots_txt_is_obeyed_and_read_once_per_host()
    {
        _server.MapText("/robots.txt", "User-agent: *\nDisallow: /private\n", "text/plain");
        _server.MapText("/private/1", "<p>secret</p>");
        _server.MapText("/open/1", "<p>open</p>");
        _server.MapText("/open/2", "<p>open</p>");
        using var fetcher = new PoliteFetcher(Local);

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/private/1")));
        await fetcher.FetchAsync(_server.Url("/open/1"));
        await fetcher.FetchAsync(_server.Url("/open/2"));

        Assert.Equal(FetchFailure.Disallowed, failure.Kind);
        Assert.Equal(0, _server.CountOf("/private/1"));
        Assert.Equal(1, _server.CountOf("/robots.txt"));
    }

    [Fact]
    public async Task A_missing_robots_txt_allows_everything_and_a_failing_one_closes_the_site()
    {
        _server.MapText("/page", "<p>text</p>");
        using (var fetcher = new PoliteFetcher(Local))
            Assert.Equal(200, (await fetcher.FetchAsync(_server.Url("/page"))).Status);

        _server.MapText("/robots.txt", "down", "text/plain", status: 500);
        using var closed = new PoliteFetcher(Local with { MaxRetries = 0 });
        var failure = await Assert.ThrowsAsync<FetchException>(() => closed.FetchAsync(_server.Url("/page")));

        Assert.Equal(FetchFailure.Disallowed, failure.Kind);
        Assert.Contains("robots.txt cannot be read", failure.Message);
    }

    [Fact]
    public async Task Transient_errors_are_retried_until_the_page_comes()
    {
        var calls = 0;
        _server.Map("/flaky", async context =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                context.Response.StatusCode = 503;
                context.Response.Headers.RetryAfter = "0";
                return;
            }
            await context.Response.WriteAsync("<p>finally</p>");
        });
        using var fetcher = new PoliteFetcher(Local);

        var page = await fetcher.FetchAsync(_server.Url("/flaky"));

        Assert.Equal(200, page.Status);
        Assert.Equal(3, _server.CountOf("/flaky"));
    }

    [Fact]
    public async Task Not_found_fails_at_once_with_the_status()
    {
        using var fetcher = new PoliteFetcher(Local);

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/gone")));

        Assert.Equal(FetchFailure.HttpError, failure.Kind);
        Assert.Equal(404, failure.Status);
        Assert.Contains("404", failure.Message);
        Assert.Equal(1, _server.CountOf("/gone"));
    }

    [Fact]
    public async Task Server_errors_fail_after_the_retries()
    {
        _server.MapText("/broken", "oops", status: 500);
        using var fetcher = new PoliteFetcher(Local with { MaxRetries = 2 });

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/broken")));

        Assert.Equal(500, failure.Status);
        Assert.Equal(3, _server.CountOf("/broken"));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_times_out()
    {
        _server.Map("/slow", async context => await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted));
        using var fetcher = new PoliteFetcher(Local with { Timeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/slow")));

        Assert.Equal(FetchFailure.Timeout, failure.Kind);
        Assert.Contains("2 tries", failure.Message);
    }

    [Fact]
    public async Task A_body_that_trickles_in_is_held_to_the_time_limit()
    {
        _server.Map("/drip", async context =>
        {
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 100 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.WriteAsync("<p>drop</p>", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        });
        using var fetcher = new PoliteFetcher(Local with { Timeout = TimeSpan.FromMilliseconds(500), MaxRetries = 0 });

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/drip")));

        Assert.Equal(FetchFailure.Timeout, failure.Kind);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_page_over_the_size_limit_is_refused(bool declaresLength)
    {
        // 50 MB, streamed; the fetcher must stop reading long before the end.
        const long size = 50L * 1024 * 1024;
        _server.Map("/huge", async context =>
        {
            context.Response.ContentType = "text/html";
            if (declaresLength)
                context.Response.ContentLength = size;
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            try
            {
                for (long sent = 0; sent < size; sent += chunk.Length)
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
            }
        });
        using var fetcher = new PoliteFetcher(Local with { MaxBytes = 1024 * 1024 });

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/huge")));

        Assert.Equal(FetchFailure.TooLarge, failure.Kind);
        Assert.Contains("1 MB limit", failure.Message);
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_the_limit()
    {
        _server.Map("/old", context => Redirect(context, "/newer"));
        _server.Map("/newer", context => Redirect(context, "/newest"));
        _server.MapText("/newest", "<p>here</p>");
        _server.Map("/loop", context => Redirect(context, "/loop"));
        _server.Map("/elsewhere", context => Redirect(context, "ftp://example.org/file"));
        using var fetcher = new PoliteFetcher(Local with { MaxRedirects = 3 });

        var page = await fetcher.FetchAsync(_server.Url("/old"));
        var loop = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/loop")));
        var ftp = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/elsewhere")));

        Assert.Equal(_server.Url("/newest"), page.Url);
        Assert.Equal(_server.Url("/old"), page.RequestedUrl);
        Assert.Equal(FetchFailure.Redirects, loop.Kind);
        Assert.Equal(4, _server.CountOf("/loop"));
        Assert.Equal(FetchFailure.Redirects, ftp.Kind);
    }

    [Fact]
    public async Task A_conditional_request_gets_not_modified()
    {
        _server.Map("/feed", async context =>
        {
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Tue, 01 Dec 2026 10:00:00 GMT";
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<rss/>");
        });
        using var fetcher = new PoliteFetcher(Local);

        var first = await fetcher.FetchAsync(_server.Url("/feed"));
        var second = await fetcher.FetchAsync(_server.Url("/feed"), first.Validators);

        Assert.False(first.NotModified);
        Assert.Equal(new CacheValidators("\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT"), first.Validators);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_interval()
    {
        var interval = TimeSpan.FromMilliseconds(150);
        for (var i = 0; i < 4; i++)
            _server.MapText($"/p{i}", "<p>x</p>");
        using var fetcher = new PoliteFetcher(Local with { HostInterval = interval });

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => fetcher.FetchAsync(_server.Url($"/p{i}"))));
        watch.Stop();

        // Five starts on one host (robots.txt, then four pages) cannot fit in less than four intervals.
        // The bound is taken on the client: a busy machine can only stretch it, never shrink it,
        // whereas the server's arrival times can bunch up when its threads are starved.
        Assert.Equal(5, _server.Requests.Count);
        Assert.True(watch.Elapsed >= 4 * interval - TimeSpan.FromMilliseconds(20),
            $"five requests took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task No_more_requests_than_the_host_concurrency_are_open_at_once()
    {
        var open = 0;
        var most = 0;
        _server.Map("/busy", async context =>
        {
            var now = Interlocked.Increment(ref open);
            InterlockedMax(ref most, now);
            await Task.Delay(100);
            Interlocked.Decrement(ref open);
            await context.Response.WriteAsync("<p>x</p>");
        });
        using var fetcher = new PoliteFetcher(Local with { HostConcurrency = 2 });

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => fetcher.FetchAsync(_server.Url($"/busy?n={i}"))));

        Assert.Equal(2, most);
    }

    [Fact]
    public async Task A_connection_dropped_in_the_middle_of_the_body_fails_and_is_not_taken_as_a_page()
    {
        _server.Map("/cut", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = 10_000;
            await context.Response.WriteAsync("<html><body><p>The first part of the story");
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        using var fetcher = new PoliteFetcher(Local with { MaxRetries = 1 });

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/cut")));

        Assert.Equal(FetchFailure.Network, failure.Kind);
        Assert.Equal(2, _server.CountOf("/cut"));
    }

    [Fact]
    public async Task A_dead_port_fails_with_a_clear_reason()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var fetcher = new PoliteFetcher(Local with { MaxRetries = 1 });

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/news")));

        Assert.Equal(FetchFailure.Network, failure.Kind);
        Assert.Contains("refused the connection", failure.Message);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/news")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        using var fetcher = new PoliteFetcher(Local);

        var failure = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));

        Assert.Equal(FetchFailure.BadUrl, failure.Kind);
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

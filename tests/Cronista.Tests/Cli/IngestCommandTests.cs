using Cronista.Storage;
using Cronista.Tests.Ingest;
using Cronista.Tests.Web;
using Microsoft.AspNetCore.Http;

namespace Cronista.Tests.Cli;

/// <summary>'ingest' and 'watch' against a real HTTP server on 127.0.0.1.</summary>
public sealed class IngestCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private LocalWebServer _server = null!;
    private int _feedItems = 2;

    public async Task InitializeAsync()
    {
        _server = await LocalWebServer.StartAsync();
        for (var i = 1; i <= 3; i++)
            _server.MapText($"/news/{i}", Page(i));
        _server.Map("/feed.xml", async context =>
        {
            var etag = $"\"items-{_feedItems}\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Feed(_feedItems));
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public void Ingest_stores_a_feeds_pages_and_a_second_run_adds_nothing()
    {
        var database = _folder.File("news.db");
        var feed = _server.Url("/feed.xml").AbsoluteUri;

        var first = CliRun.Run("ingest", feed, "--db", database, "--allow-private", "--delay", "0s");
        var second = CliRun.Run("ingest", feed, "--db", database, "--allow-private", "--delay", "0s");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains(_server.Url("/news/1").AbsoluteUri, first.Output);
        Assert.Contains(_server.Url("/news/2").AbsoluteUri, first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("unchanged since the last read", second.Error);
        Assert.Equal("", second.Output);
        using var store = DocumentStore.OpenExisting(database);
        Assert.Equal(2, store.Count());
        Assert.Equal(1, _server.CountOf("/news/1"));
    }

    [Fact]
    public void Watch_takes_only_the_new_items_of_a_changed_feed()
    {
        var database = _folder.File("watch.db");
        var list = _folder.File("feeds.txt");
        File.WriteAllText(list, $"# feeds\n{_server.Url("/feed.xml")}\n");
        CliRun.Run("watch", list, "--rounds", "1", "--db", database, "--allow-private", "--delay", "0s");
        _feedItems = 3;

        var result = CliRun.Run("watch", list, "--rounds", "1", "--db", database, "--allow-private", "--delay", "0s");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(_server.Url("/news/3").AbsoluteUri, result.Output);
        Assert.DoesNotContain(_server.Url("/news/1").AbsoluteUri, result.Output);
        Assert.Contains("2 listed pages already in the store", result.Error);
        using var store = DocumentStore.OpenExisting(database);
        Assert.Equal(3, store.Count());
    }

    [Fact]
    public void Ingest_refuses_a_private_address_without_allow_private_and_says_how()
    {
        var result = CliRun.Run("ingest", _server.Url("/news/1").AbsoluteUri, "--no-store");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--allow-private", result.Error);
        Assert.Equal(0, _server.CountOf("/news/1"));
    }

    [Fact]
    public void Ingest_reports_a_dead_url_and_analyses_the_rest()
    {
        _server.MapText("/missing", "no", "text/plain", status: 404);

        var result = CliRun.Run("ingest", _server.Url("/missing").AbsoluteUri, _server.Url("/news/1").AbsoluteUri,
            "--no-store", "--allow-private", "--delay", "0s", "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("404", result.Error);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"source\":\"" + _server.Url("/news/1").AbsoluteUri, line.Replace(" ", ""));
    }

    [Fact]
    public void Watch_without_a_feed_list_says_so()
    {
        var result = CliRun.Run("watch", _folder.File("none.txt"), "--rounds", "1", "--db", _folder.File("w.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file", result.Error);
    }

    private static string Page(int i) => $"""
        <html lang="en"><head><title>Story {i}</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Story {i}</h1>
        <p>The city council of Springfield voted on Tuesday to extend the tram line by four kilometres, story number {i}.</p>
        <p>The mayor said the works would start in the spring and last two years, and that the cost would be shared with the region.</p>
        <p>Opposition members questioned the budget, which they said had grown by a third since the plan was first presented.</p>
        </article><footer>Copyright</footer></body></html>
        """;

    private static string Feed(int items) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Springfield News</title><link>/</link>
        {string.Concat(Enumerable.Range(1, items).Select(i => $"<item><title>Story {i}</title><link>/news/{i}</link></item>"))}
        </channel></rss>
        """;
}

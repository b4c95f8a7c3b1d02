using System.Net;
using Cronista.Tests.Web;

namespace Cronista.Tests.Web.Api;

public sealed class AnalyzeApiTests
{
    private const string Article = "Angela Merkel met Emmanuel Macron in Berlin on Monday. The two leaders discussed the budget.";

    // A page needs a body of some length before the extractor takes it for an article rather than chrome.
    private static readonly string PageBody = string.Concat(
        $"<p>{Article}</p>",
        "<p>The meeting in the chancellery lasted three hours, longer than planned, and ended with a joint statement on the European budget for the coming years.</p>",
        "<p>Both governments said they would present a common proposal to the other member states before the summit in Brussels next month, officials said.</p>");

    [Fact]
    public async Task Plain_text_is_read_like_an_article_file_and_nothing_is_stored()
    {
        await using var api = await ApiHost.StartAsync();
        var file = "date 2024-03-01 Example Times\nurl https://example.org/news/merkel-macron\n\nMerkel meets Macron\n\n" + Article;

        var response = await api.PostTextAsync("/api/analyze", file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiHost.JsonOf(response);
        Assert.Equal("2024-03-01", document.GetProperty("published").GetString());
        Assert.Equal("https://example.org/news/merkel-macron", document.GetProperty("url").GetString());
        Assert.Equal("Merkel meets Macron", document.GetProperty("title").GetString());
        Assert.Equal(Article, document.GetProperty("text").GetString());
        Assert.NotEqual(0, document.GetProperty("entities").GetArrayLength());
        var id = document.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"/api/documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task Json_text_takes_the_declared_language_and_date()
    {
        await using var api = await ApiHost.StartAsync();

        var response = await api.PostJsonAsync("/api/analyze", new { text = Article, language = "en", published = "2024-03-04" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiHost.JsonOf(response);
        Assert.Equal("en", document.GetProperty("language").GetString());
        Assert.Equal("declared", document.GetProperty("language_method").GetString());
        Assert.Equal("2024-03-04", document.GetProperty("published").GetString());
        Assert.Equal(Article, document.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Html_is_read_as_a_page()
    {
        await using var api = await ApiHost.StartAsync();
        var page = $"<html lang=\"en\"><head><title>Merkel meets Macron</title></head><body><nav>Home | World</nav><article><h1>Merkel meets Macron</h1>{PageBody}</article></body></html>";

        var response = await api.PostTextAsync("/api/analyze", page, "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiHost.JsonOf(response);
        Assert.Contains("Angela Merkel met Emmanuel Macron", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", document.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_with_store_true_keeps_the_document_for_get_by_id()
    {
        await using var api = await ApiHost.StartAsync();

        var analysed = await ApiHost.JsonOf(await api.PostJsonAsync("/api/analyze?store=true", new { text = Article, language = "en" }));
        var id = analysed.GetProperty("id").GetString();
        var stored = await api.Client.GetAsync($"/api/documents/{id}");

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(analysed.GetProperty("text").GetString(), (await ApiHost.JsonOf(stored)).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Posting_a_document_stores_it_and_says_where()
    {
        await using var api = await ApiHost.StartAsync();

        var response = await api.PostJsonAsync("/api/documents", new { text = Article, language = "en", published = "2024-03-04" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await ApiHost.JsonOf(response)).GetProperty("id").GetString();
        Assert.Equal($"/api/documents/{id}", response.Headers.Location?.OriginalString);
        var stored = await ApiHost.JsonOf(await api.Client.GetAsync(response.Headers.Location));
        Assert.Equal("2024-03-04", stored.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Script_in_the_text_is_escaped_data_in_the_response()
    {
        await using var api = await ApiHost.StartAsync();
        var text = "<script>alert('x')</script> " + Article;

        var response = await api.PostJsonAsync("/api/analyze", new { text, language = "en" });
        var raw = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        Assert.Equal(text, (await ApiHost.JsonOf(response)).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_url_is_fetched_and_read_as_a_page()
    {
        await using var site = await LocalWebServer.StartAsync();
        site.MapText("/news/merkel.html", $"<html lang=\"en\"><body><article><h1>Merkel meets Macron</h1>{PageBody}</article></body></html>");
        await using var api = await ApiHost.StartAsync(o => o with { AllowPrivateFetch = true });

        var response = await api.PostJsonAsync("/api/analyze", new { url = site.Url("/news/merkel.html").AbsoluteUri });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiHost.JsonOf(response);
        Assert.Equal(site.Url("/news/merkel.html").AbsoluteUri, document.GetProperty("url").GetString());
        Assert.Contains("Emmanuel Macron", document.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_on_a_private_address_is_refused()
    {
        await using var site = await LocalWebServer.StartAsync();
        site.MapText("/secret", "<html><body><p>internal</p></body></html>");
        await using var api = await ApiHost.StartAsync();

        var response = await api.PostJsonAsync("/api/analyze", new { url = site.Url("/secret").AbsoluteUri });

        await ApiHost.AssertProblem(response, 400);
        Assert.Equal(0, site.CountOf("/secret"));
    }
}

using System.Net;
using Cronista.Tests.Ingest;

namespace Cronista.Tests.Web.Api;

public sealed class OpenApiTests
{
    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        await using var api = await ApiHost.StartAsync();

        var document = await ApiHost.JsonOf(await api.Client.GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths");

        Assert.Equal(
            ["/api/analyze", "/api/documents", "/api/documents/{id}", "/api/entities", "/api/entities/{id}", "/api/events", "/api/export", "/api/search"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/api/analyze").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/events").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task Files_in_the_web_root_are_served_with_index_html_at_the_root()
    {
        using var root = new TempFolder();
        root.Write("index.html", "<!doctype html><title>Cronista</title>");
        await using var api = await ApiHost.StartAsync(o => o with { WebRoot = root.Path });

        var page = await api.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Cronista</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_web_root_the_root_is_a_404_problem()
    {
        await using var api = await ApiHost.StartAsync();

        await ApiHost.AssertProblem(await api.Client.GetAsync("/"), 404);
    }
}

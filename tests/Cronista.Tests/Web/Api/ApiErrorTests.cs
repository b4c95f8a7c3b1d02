using System.Text;

namespace Cronista.Tests.Web.Api;

public sealed class ApiErrorTests
{
    [Fact]
    public async Task Unknown_ids_and_routes_are_404_problems()
    {
        await using var api = await ApiHost.StartAsync();

        Assert.Contains("ffffffff", await ApiHost.AssertProblem(await api.Client.GetAsync("/api/documents/ffffffff"), 404), StringComparison.Ordinal);
        await ApiHost.AssertProblem(await api.Client.GetAsync("/api/entities/Nobody"), 404);
        await ApiHost.AssertProblem(await api.Client.GetAsync("/api/nothing-here"), 404);
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"language\": \"en\"}")]
    [InlineData("{\"text\": \"a\", \"url\": \"https://example.org/\"}")]
    [InlineData("{\"text\": \"Some words.\", \"published\": \"1 March\"}")]
    [InlineData("{\"text\": \"Some words.\", \"language\": \"xx\"}")]
    public async Task Malformed_or_incomplete_json_is_a_400_problem(string body)
    {
        await using var api = await ApiHost.StartAsync();

        await ApiHost.AssertProblem(await api.PostTextAsync("/api/analyze", body, "application/json"), 400);
    }

    [Fact]
    public async Task A_bad_date_filter_is_a_400_problem()
    {
        await using var api = await ApiHost.StartAsync();

        Assert.Contains("from", await ApiHost.AssertProblem(await api.Client.GetAsync("/api/search?q=x&from=yesterday"), 400), StringComparison.Ordinal);
        await ApiHost.AssertProblem(await api.Client.GetAsync("/api/events?to=2025-13-01"), 400);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem_and_one_under_the_limit_is_read()
    {
        await using var api = await ApiHost.StartAsync(o => o with { MaxRequestBytes = 4096 });

        await ApiHost.AssertProblem(await api.PostTextAsync("/api/analyze", new string('a', 5000)), 413);
        var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/analyze")
        {
            // No Content-Length: the limit must hold while the body streams in.
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string('b', 5000)))),
        };
        chunked.Content.Headers.ContentType = new("text/plain");
        chunked.Headers.TransferEncodingChunked = true;
        await ApiHost.AssertProblem(await api.Client.SendAsync(chunked), 413);
        Assert.True((await api.PostTextAsync("/api/analyze", "Angela Merkel met Emmanuel Macron in Berlin.")).IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task An_unsupported_media_type_is_a_415_problem(string mediaType)
    {
        await using var api = await ApiHost.StartAsync();

        await ApiHost.AssertProblem(await api.PostTextAsync("/api/analyze", "x=1", mediaType), 415);
        await ApiHost.AssertProblem(await api.PostTextAsync("/api/documents", "x=1", mediaType), 415);
    }

    [Fact]
    public async Task An_article_with_no_text_is_a_422_problem()
    {
        await using var api = await ApiHost.StartAsync();

        await ApiHost.AssertProblem(await api.PostTextAsync("/api/analyze", "date 2024-03-01\nurl https://example.org/a\n"), 422);
    }
}

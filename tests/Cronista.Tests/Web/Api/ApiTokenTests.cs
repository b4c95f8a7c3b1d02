using System.Net;
using Cronista.Web.Hosting;

namespace Cronista.Tests.Web.Api;

public sealed class ApiTokenTests
{
    private static readonly object Article = new { text = "Angela Merkel met Emmanuel Macron in Berlin.", language = "en" };

    [Theory]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://127.0.0.2:0", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("https://[::1]:8443", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://[::]:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://192.168.1.10:8080", false)]
    [InlineData("http://cronista.example.org", false)]
    public void Loopback_addresses_are_told_from_public_ones(string url, bool loopback) =>
        Assert.Equal(loopback, BindScope.IsLoopback(url));

    [Fact]
    public void One_public_address_among_loopback_ones_makes_the_server_public()
    {
        Assert.True(new Cronista.Web.ServerOptions { DatabasePath = "x", Urls = ["http://127.0.0.1:1", "http://[::1]:1"] } is { IsPublic: false });
        Assert.True(new Cronista.Web.ServerOptions { DatabasePath = "x", Urls = ["http://127.0.0.1:1", "http://0.0.0.0:1"] }.IsPublic);
    }

    [Fact]
    public async Task On_loopback_without_a_token_writes_are_allowed()
    {
        await using var api = await ApiHost.StartAsync();

        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/documents", Article)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync("/api/analyze?store=true", Article)).StatusCode);
    }

    [Fact]
    public async Task A_public_server_without_a_token_refuses_writes_but_answers_reads()
    {
        await using var api = await ApiHost.StartAsync(o => o with { BehindProxy = true });

        Assert.Contains("--token", await ApiHost.AssertProblem(await api.PostJsonAsync("/api/documents", Article), 403), StringComparison.Ordinal);
        await ApiHost.AssertProblem(await api.PostJsonAsync("/api/analyze?store=true", Article), 403);
        await ApiHost.AssertProblem(await api.PostJsonAsync("/api/documents", Article, token: "anything"), 403);
        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync("/api/analyze", Article)).StatusCode);
        Assert.Equal("[]", await (await api.Client.GetAsync("/api/search?lang=en")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_a_token_writes_need_it_and_reads_do_not()
    {
        await using var api = await ApiHost.StartAsync(o => o with { BehindProxy = true, Token = "s3cret-token" });

        var missing = await api.PostJsonAsync("/api/documents", Article);
        await ApiHost.AssertProblem(missing, 401);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        await ApiHost.AssertProblem(await api.PostJsonAsync("/api/documents", Article, token: "s3cret-tokeN"), 401);
        await ApiHost.AssertProblem(await api.PostJsonAsync("/api/analyze?store=true", Article, token: "wrong"), 401);
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/documents", Article, token: "s3cret-token")).StatusCode);
        Assert.Single((await ApiHost.JsonOf(await api.Client.GetAsync("/api/search?lang=en"))).EnumerateArray());
    }
}

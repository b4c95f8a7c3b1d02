using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cronista.Output;
using Cronista.Storage;
using Cronista.Tests.Ingest;
using Cronista.Tests.Support;
using Cronista.Web;

namespace Cronista.Tests.Web.Api;

/// <summary>A real <c>cronista serve</c> server on 127.0.0.1 with a port of its own, over a temporary store, and a client for it.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly CronistaServer _server;

    private ApiHost(TempFolder folder, CronistaServer server, Uri baseUrl)
    {
        _folder = folder;
        _server = server;
        Client = new HttpClient { BaseAddress = baseUrl };
    }

    public HttpClient Client { get; }

    /// <summary>Starts a server; <paramref name="configure"/> adjusts its options, <paramref name="seed"/> is stored before it starts.</summary>
    public static async Task<ApiHost> StartAsync(Func<ServerOptions, ServerOptions>? configure = null, params DocumentRecord[] seed)
    {
        var folder = new TempFolder();
        var database = folder.File("api.db");
        using (var store = DocumentStore.Open(database))
        {
            foreach (var record in seed)
                store.Save(record);
        }
        var options = new ServerOptions
        {
            DatabasePath = database,
            Urls = ["http://127.0.0.1:0"],
            Analyzer = SharedAnalyzer.Analyzer,
            WebRoot = folder.File("no-wwwroot"),
        };
        var server = CronistaServer.Create(configure?.Invoke(options) ?? options);
        await server.StartAsync();
        return new ApiHost(folder, server, new Uri(server.Addresses.Single()));
    }

    public Task<HttpResponseMessage> PostTextAsync(string path, string body, string mediaType = "text/plain", string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body, string? token = null) =>
        PostTextAsync(path, JsonSerializer.Serialize(body), "application/json", token);

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Asserts that a response is a ProblemDetails of the given status, and returns its detail.</summary>
    public static async Task<string> AssertProblem(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonOf(response);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }
}

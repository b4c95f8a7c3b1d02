using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cronista.Tests.Web;

/// <summary>A real HTTP server (Kestrel) on 127.0.0.1 whose answers each test sets path by path, recording every request.</summary>
internal sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);

    private LocalWebServer(WebApplication app) => _app = app;

    /// <summary>The server's base address, "http://127.0.0.1:PORT".</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request received, in order: path with query, and the time it arrived.</summary>
    public ConcurrentQueue<(string Path, DateTimeOffset At, IReadOnlyDictionary<string, string> Headers)> Requests { get; } = new();

    public static async Task<LocalWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new LocalWebServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>The absolute URL of a path on this server.</summary>
    public Uri Url(string path) => new(BaseUrl, path);

    /// <summary>Answers a path with a handler.</summary>
    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>Answers a path with a fixed body.</summary>
    public void MapText(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Map(path, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

    /// <summary>How many requests asked for a path.</summary>
    public int CountOf(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value + context.Request.QueryString.Value;
        // Kestrel reuses a request's header collection once it is answered: keep a copy.
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue((path, DateTimeOffset.UtcNow, headers));
        if (_routes.TryGetValue(path, out var handler) || _routes.TryGetValue(context.Request.Path.Value ?? "", out handler))
            await handler(context);
        else
            context.Response.StatusCode = 404;
    }
}

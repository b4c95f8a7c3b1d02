using Cronista.Extraction;
using Cronista.Storage;
using Cronista.Web.Api;
using Cronista.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cronista.Web;

/// <summary>The HTTP API (and the web UI's static files, when there are any) over one store, in one process.</summary>
/// <remarks>The analysis stages are built once at start-up and shared by every request; the store is used by one
/// request at a time.</remarks>
public sealed class CronistaServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StoreGate _store;
    private readonly PoliteFetcher _fetcher;

    private CronistaServer(WebApplication app, StoreGate store, PoliteFetcher fetcher)
    {
        _app = app;
        _store = store;
        _fetcher = fetcher;
    }

    /// <summary>The addresses the server listens on, with the ports chosen when ":0" was asked for; known once started.</summary>
    public IReadOnlyList<string> Addresses =>
        [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    /// <summary>Builds the server: opens (or creates) the store and builds the analysis stages, but does not listen yet.</summary>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public static CronistaServer Create(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var serveFiles = Directory.Exists(webRoot);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = serveFiles ? Path.GetFullPath(webRoot) : null,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);

        var store = new StoreGate(DocumentStore.Open(options.DatabasePath));
        var fetcher = new PoliteFetcher(new FetchOptions
        {
            MaxBytes = options.MaxRequestBytes * 4,
            MaxRetries = 1,
            MaxWait = TimeSpan.FromSeconds(10),
            AllowPrivateAddresses = options.AllowPrivateFetch,
        });
        var services = builder.Services;
        services.AddProblemDetails();
        // A body over Kestrel's limit surfaces as an exception; its status (413) is the answer, not a 500.
        services.Configure<ExceptionHandlerOptions>(handler =>
            handler.StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Cronista";
            document.Info.Description = "Analyse news articles, and read the stored documents, entities and events.";
            return Task.CompletedTask;
        }));
        services.AddSingleton(store);
        services.AddSingleton<AnalysisSlots>();
        services.AddSingleton(new TokenGuard(options.Token, options.IsPublic));
        services.AddSingleton(new ArticleReader(fetcher, options.MaxRequestBytes));
        services.AddSingleton(new ArticleAnalysis(options.Analyzer ?? Analyzer.CreateDefault(), ArticleExtractor.CreateDefault()));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (serveFiles)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
        }
        app.MapOpenApi();
        var api = app.MapGroup("/api");
        AnalyzeEndpoints.Map(api);
        DocumentEndpoints.Map(api);
        EntityEndpoints.Map(api);
        EventEndpoints.Map(api);
        ExportEndpoints.Map(api);
        return new CronistaServer(app, store, fetcher);
    }

    /// <summary>Starts listening.</summary>
    public Task StartAsync(CancellationToken cancel = default) => _app.StartAsync(cancel);

    /// <summary>Serves until the token is cancelled (Ctrl+C in <c>cronista serve</c>) or the host is told to stop, then stops,
    /// letting requests under way finish.</summary>
    public Task RunUntilCancelledAsync(CancellationToken cancel) => _app.WaitForShutdownAsync(cancel);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _fetcher.Dispose();
        _store.Dispose();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Cronista.Web;
using Microsoft.Playwright;

namespace Cronista.BrowserTests;

/// <summary>One <c>cronista serve</c> server over a temporary store holding two articles, and one headless Chromium,
/// shared by the page tests.</summary>
/// <remarks>The server is started with no web root given, so it finds the page where <c>cronista serve</c> does: in the
/// wwwroot folder copied beside the assemblies. Without Chromium every test fails with how to install it.</remarks>
public sealed class WebPageHost : IAsyncLifetime
{
    /// <summary>Debian's Chromium (or the one CRONISTA_CHROMIUM names); Playwright is pointed at it and never downloads a browser.</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("CRONISTA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>An article with people, places, dates, an amount, a quote, attributed claims and events between two leaders.</summary>
    public const string MeetingText =
        "Italian Prime Minister Giorgia Meloni met German Chancellor Olaf Scholz in Berlin on Tuesday to discuss a plan worth 5 billion euros.\n" +
        "\"We agreed on a common plan for industry,\" Meloni said after the meeting.\n" +
        "According to a government spokesman, Scholz said Germany would support Italy in the talks with the European Commission on 20 March.\n";

    /// <summary>An article whose text holds a script element, which the page must show as text and never run.</summary>
    public const string ScriptText =
        "The mayor of Rome, Roberto Gualtieri, said on Monday that the council would publish this line unchanged: " +
        "<script>window.__x=1</script> and that nothing in it would run.\n";

    private static readonly string[] ChromiumArgs =
    [
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cronista-browser-" + Guid.NewGuid().ToString("N"));
    private CronistaServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseUrl { get; private set; } = null!;
    public string MeetingId { get; private set; } = "";
    public string ScriptId { get; private set; } = "";

    /// <summary>Where screenshots go: TestResults/screenshots beside the test project, kept as artifacts.</summary>
    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}, and it is missing: install it with `apt-get install -y chromium`.");
        Directory.CreateDirectory(_folder);
        _server = CronistaServer.Create(new ServerOptions { DatabasePath = Path.Combine(_folder, "web.db"), Urls = ["http://127.0.0.1:0"] });
        await _server.StartAsync();
        BaseUrl = new Uri(_server.Addresses.Single());
        using var client = new HttpClient { BaseAddress = BaseUrl };
        MeetingId = await StoreAsync(client, MeetingText, "2025-03-12");
        ScriptId = await StoreAsync(client, ScriptText, "2025-04-07");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page (its own context) with the viewport screenshots are taken at.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    private static async Task<string> StoreAsync(HttpClient client, string text, string published)
    {
        using var response = await client.PostAsJsonAsync("/api/documents", new { text, published, language = "en" });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Storing a test article failed: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private static string FindScreenshotFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cronista.BrowserTests.csproj")))
            dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A store file still held open is left to the system's temp cleaning.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebPageCollection : ICollectionFixture<WebPageHost>
{
    public const string Name = "web page";
}

using Cronista.Web.Hosting;

namespace Cronista.Web;

/// <summary>How <c>cronista serve</c> runs: where it listens, which store it reads, and who may write.</summary>
public sealed record ServerOptions
{
    /// <summary>The request body limit when none is given: 2 MiB, far above a news article and its page.</summary>
    public const long DefaultMaxRequestBytes = 2L * 1024 * 1024;

    /// <summary>The addresses to listen on, as ASP.NET Core reads them ("http://127.0.0.1:8080").</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:8080"];

    /// <summary>The store file, created when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>The bearer token writes must carry; null for none (then writes are allowed on loopback only).</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>Whether the server is reached from beyond this machine though it listens on loopback (behind a reverse proxy).</summary>
    /// <remarks>Such a server is public even though its own addresses are not, and writes are guarded as for a public bind.</remarks>
    public bool BehindProxy { get; init; }

    /// <summary>The folder of static files (the web UI) served at '/', when it exists; null for the one next to the program.</summary>
    public string? WebRoot { get; init; }

    /// <summary>Whether analysing by URL may fetch from private and loopback addresses (tests only: it opens the door to
    /// requests against the server's own network).</summary>
    public bool AllowPrivateFetch { get; init; }

    /// <summary>The analysis stages to use, when already built; null to build the default ones at start-up.</summary>
    public Analyzer? Analyzer { get; init; }

    /// <summary>Whether writes need a token: the server can be reached from beyond loopback.</summary>
    public bool IsPublic => BehindProxy || !BindScope.AllLoopback(Urls);
}

using System.Net;

namespace Cronista.Web.Hosting;

/// <summary>Tells addresses the server listens on that only this machine can reach (loopback) from those others can.</summary>
public static class BindScope
{
    /// <summary>Whether every address is a loopback one: 127.0.0.0/8, ::1 or "localhost".</summary>
    /// <remarks>Wildcards ("*", "+", 0.0.0.0, [::]) and host names bind beyond loopback; ASP.NET Core's default with no
    /// address at all is localhost.</remarks>
    public static bool AllLoopback(IEnumerable<string> urls) => urls.All(IsLoopback);

    /// <summary>Whether one address ("http://127.0.0.1:8080", "http://[::1]:0", "http://localhost") is loopback.</summary>
    public static bool IsLoopback(string url)
    {
        var host = Host(url);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The host part of a listen address, without scheme, port, path or IPv6 brackets.</summary>
    private static string Host(string url)
    {
        var rest = url.Trim();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            rest = rest[(scheme + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
            rest = rest[..slash];
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? rest[1..close] : rest;
        }
        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cronista.Web.Hosting;

/// <summary>Decides whether a request may write to the store: with the token when one is set; without one, only on a loopback-only server.</summary>
/// <param name="token">The token writes must carry, or null.</param>
/// <param name="isPublic">Whether the server can be reached from beyond this machine.</param>
internal sealed class TokenGuard(string? token, bool isPublic)
{
    private readonly byte[]? _token = string.IsNullOrEmpty(token) ? null : Encoding.UTF8.GetBytes(token);

    /// <summary>Null when the write may go ahead; otherwise the 401 or 403 problem to answer with.</summary>
    public IResult? Refusal(HttpContext context)
    {
        if (_token is null)
            return isPublic ? ProblemResults.WritesRefused() : null;
        var given = Bearer(context.Request.Headers[HeaderNames.Authorization].ToString());
        // Compared in constant time, so that the answer's timing says nothing about how much of a guess was right.
        if (given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _token))
            return null;
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return ProblemResults.Unauthorized();
    }

    private static string? Bearer(string header)
    {
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }
}

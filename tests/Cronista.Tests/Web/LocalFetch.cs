using Cronista.Web;

namespace Cronista.Tests.Web;

/// <summary>Fetch settings for tests against <see cref="LocalWebServer"/>: loopback allowed, no pacing, short retries.</summary>
internal static class LocalFetch
{
    public static FetchOptions Options { get; } = new()
    {
        AllowPrivateAddresses = true,
        HostInterval = TimeSpan.Zero,
        HostConcurrency = 4,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(10),
    };
}

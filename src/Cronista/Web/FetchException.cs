namespace Cronista.Web;

/// <summary>Why a URL was not fetched, in words a person can act on.</summary>
public sealed class FetchException(string message, FetchFailure kind, int? status = null) : Exception(message)
{
    /// <summary>What kind of failure it is.</summary>
    public FetchFailure Kind { get; } = kind;

    /// <summary>The HTTP status of the last response, when there was one.</summary>
    public int? Status { get; } = status;
}

/// <summary>The kinds of reasons a fetch fails.</summary>
public enum FetchFailure
{
    /// <summary>Not an http or https URL.</summary>
    BadUrl,

    /// <summary>robots.txt disallows it.</summary>
    Disallowed,

    /// <summary>It resolves to a private, loopback or link-local address.</summary>
    PrivateAddress,

    /// <summary>The server answered with an error status.</summary>
    HttpError,

    /// <summary>Too many redirects, or a redirect to something that is not http or https.</summary>
    Redirects,

    /// <summary>The body is larger than the limit.</summary>
    TooLarge,

    /// <summary>No answer within the time limit.</summary>
    Timeout,

    /// <summary>The host is unknown, or refused or dropped the connection.</summary>
    Network,
}

using System.CommandLine;
using Cronista.Web;

namespace Cronista.Cli.Commands;

/// <summary>The fetching options 'ingest' and 'watch' share, and the fetcher and read options they make.</summary>
internal sealed class WebOptions
{
    public Option<bool> AllowPrivate { get; } = new("--allow-private")
    {
        Description = "Allow fetching from private, loopback and link-local addresses (your own network); refused by default.",
    };

    public Option<string?> UserAgent { get; } = new("--user-agent")
    {
        Description = "The User-Agent to send; by default it names Cronista. robots.txt rules for 'cronista' apply either way.",
        HelpName = "TEXT",
    };

    public Option<long> MaxSize { get; } = CommonOptions.MaxSize();

    public Option<int> Limit { get; } = CommonOptions.Limit("Read at most N pages from each feed or sitemap.", new WebReadOptions().MaxPagesPerList);

    public Option<TimeSpan> Timeout { get; } = Durations.Option("--timeout", "How long one request may take, headers and body.", "30s");

    public Option<TimeSpan> Delay { get; } = Durations.Option("--delay", "The shortest time between two requests to the same host (a longer robots.txt Crawl-delay wins).", "1s");

    public IEnumerable<Option> All => [AllowPrivate, UserAgent, MaxSize, Limit, Timeout, Delay];

    public FetchOptions Fetch(ParseResult parse)
    {
        var options = new FetchOptions
        {
            AllowPrivateAddresses = parse.GetValue(AllowPrivate),
            Timeout = parse.GetValue(Timeout) is var t && t > TimeSpan.Zero ? t : new FetchOptions().Timeout,
            HostInterval = parse.GetValue(Delay),
        };
        if (parse.GetValue(MaxSize) is > 0 and var size)
            options = options with { MaxBytes = size };
        if (parse.GetValue(UserAgent) is { Length: > 0 } agent)
            options = options with { UserAgent = agent };
        return options;
    }

    public WebReadOptions Read(ParseResult parse) => new() { MaxPagesPerList = parse.GetValue(Limit) };
}

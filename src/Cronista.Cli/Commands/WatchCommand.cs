using System.CommandLine;
using Cronista.Cli.Analysis;
using Cronista.Storage;
using Cronista.Web;

namespace Cronista.Cli.Commands;

/// <summary>The 'watch' command: polls a list of feeds on an interval and analyses and stores only the new items.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var list = new Argument<string>("feeds")
        {
            Description = "A text file with one feed or sitemap URL per line; blank lines and lines starting with # are ignored. It is read again every round.",
            HelpName = "FEEDS.txt",
        };
        var interval = Durations.Option("--interval", "How long to wait between two rounds.", "15m");
        var rounds = new Option<int>("--rounds")
        {
            Description = "Stop after N rounds (1 polls once, as from cron); by default watch runs until interrupted (Ctrl+C).",
            HelpName = "N",
        };
        var format = CommonOptions.Format("How to print each new document: brief (one line), text, json or jsonl.", "brief", "text", "json", "jsonl");
        var database = CommonOptions.Database();
        var language = CommonOptions.Language();
        var web = new WebOptions();
        var command = new ExampleCommand(
            "watch",
            "Poll feeds and sitemaps on an interval and analyse only what is new: conditional requests (ETag, Last-Modified) " +
            "spare unchanged feeds, and pages already in the store are not fetched again, across runs too.",
            [
                "cronista watch feeds.txt --interval 10m",
                "cronista watch feeds.txt --rounds 1        # one poll, for cron",
            ])
        {
            list, interval, rounds, format, database, language,
        };
        foreach (var option in web.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            BatchAnalysis batch;
            DocumentStore store;
            try
            {
                batch = WebRound.CreateBatch(parse.GetValue(language));
                store = DocumentStore.Open(parse.GetValue(database)!);
            }
            catch (Exception e)
            {
                error.WriteLine($"cronista: {e.Message}");
                return ExitCodes.SomeFailed;
            }
            using (store)
            using (var fetcher = new PoliteFetcher(web.Fetch(parse)))
            {
                var round = new WebRound(batch, fetcher, web.Read(parse), parse.GetValue(format)!);
                return await PollAsync(round, parse.GetValue(list)!, store, parse.GetValue(interval), parse.GetValue(rounds),
                    parse.InvocationConfiguration.Output, error, cancel);
            }
        });
        return command;
    }

    private static async Task<int> PollAsync(WebRound round, string listFile, DocumentStore store, TimeSpan interval, int rounds,
        TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var failed = false;
        for (var n = 1; rounds <= 0 || n <= rounds; n++)
        {
            if (ReadList(listFile, error) is { } feeds)
            {
                error.WriteLine($"cronista: round {n}, {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss}: {feeds.Count} feeds");
                try
                {
                    var result = round.Run(feeds, store, store.Path, output, error, cancel);
                    failed |= result.Failed > 0;
                }
                catch (OperationCanceledException)
                {
                    // What was stored stays; the lists' validators were not kept, so the next run reads them in full.
                    error.WriteLine("cronista: interrupted; documents stored so far are kept");
                    break;
                }
            }
            else
            {
                failed = true;
            }
            if (rounds > 0 && n >= rounds)
                break;
            try
            {
                await Task.Delay(interval, cancel);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return failed ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    /// <summary>The feed URLs of the list file, or null (with the reason on standard error) when it cannot be read.</summary>
    private static List<string>? ReadList(string path, TextWriter error)
    {
        try
        {
            var feeds = File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            if (feeds.Count == 0)
                error.WriteLine($"cronista: {path} lists no feeds: write one URL per line");
            return feeds.Count == 0 ? null : feeds;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cronista: cannot read the feed list {path}: {(e is FileNotFoundException ? "no such file" : e.Message)}");
            return null;
        }
    }
}

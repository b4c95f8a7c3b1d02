using System.CommandLine;
using Cronista.Cli.Analysis;
using Cronista.Storage;
using Cronista.Web;

namespace Cronista.Cli.Commands;

/// <summary>The 'ingest' command: fetches pages, feeds and sitemaps from the web, politely, and analyses and stores the articles.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("targets")
        {
            Description = "URLs of articles, RSS/Atom/JSON feeds or sitemaps (each page they list is fetched), or feed and sitemap files on disk.",
            HelpName = "URL|FEED|SITEMAP",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format(
            "How to print each document: brief (one line: id, date, language, title, URL), text, json or jsonl.",
            "brief", "text", "json", "jsonl");
        var database = CommonOptions.Database();
        var noStore = new Option<bool>("--no-store") { Description = "Print only; do not save the results in the store (pages already stored are then fetched again)." };
        var language = CommonOptions.Language();
        var web = new WebOptions();
        var command = new ExampleCommand(
            "ingest",
            "Fetch articles from the web and analyse them like 'analyze' does: a page by its URL, or every new page a feed " +
            "or sitemap lists. robots.txt is obeyed, each host is paced, failures are retried, and pages already in the store are skipped.",
            [
                "cronista ingest https://www.example.org/news/2026/12/01/story.html",
                "cronista ingest https://www.example.org/feed.xml --limit 20",
                "cronista ingest https://www.example.org/news-sitemap.xml --format jsonl > today.jsonl",
            ],
            [
                "A page that cannot be fetched or holds no article is listed on standard error and the others go on;",
                "the exit code is 0 when all worked, 1 when some failed, 2 when the command line is wrong.",
            ])
        {
            targets, format, database, noStore, language,
        };
        foreach (var option in web.All)
            command.Options.Add(option);
        command.SetAction((parse, cancel) => Task.FromResult(Run(
            parse.GetValue(targets)!, parse.GetValue(format)!, parse.GetValue(noStore) ? null : parse.GetValue(database)!,
            parse.GetValue(language), web.Fetch(parse), web.Read(parse),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancel)));
        return command;
    }

    private static int Run(string[] targets, string format, string? database, string? language, FetchOptions fetch, WebReadOptions read,
        TextWriter output, TextWriter error, CancellationToken cancel)
    {
        BatchAnalysis batch;
        try
        {
            batch = WebRound.CreateBatch(language);
        }
        catch (Exception e)
        {
            error.WriteLine($"cronista: cannot load the analysis stages: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        DocumentStore? store = null;
        if (database is not null)
        {
            try
            {
                store = DocumentStore.Open(database);
            }
            catch (StoreException e)
            {
                error.WriteLine($"cronista: {e.Message} (or pass --no-store to only print)");
                return ExitCodes.SomeFailed;
            }
        }
        using (store)
        using (var fetcher = new PoliteFetcher(fetch))
        {
            try
            {
                var result = new WebRound(batch, fetcher, read, format).Run(targets, store, database, output, error, cancel);
                return result.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                // Stored documents stay, and are skipped when the same feed is ingested again.
                error.WriteLine("cronista: interrupted; documents stored so far are kept");
                return ExitCodes.SomeFailed;
            }
        }
    }
}

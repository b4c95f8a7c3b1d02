using System.CommandLine;
using Cronista.Cli.Rendering;
using Spectre.Console;
using Plain = Spectre.Console.Text;

namespace Cronista.Cli.Commands;

/// <summary>The 'search' command: full-text search over the stored documents.</summary>
internal static class SearchCommand
{
    // Markers the store puts around matching words; unlikely in any article, so they can be turned into highlighting.
    private const string Open = "\u0002";
    private const string Close = "\u0003";

    public static Command Create()
    {
        var query = new Argument<string[]>("query")
        {
            Description = "Words to look for in titles, texts and entity names; all must appear. Diacritics are optional (citta finds città); \"a phrase\", OR, NOT and prefix* work too.",
            HelpName = "WORDS",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = CommonOptions.Database();
        var limit = CommonOptions.Limit("Show at most N documents.", 20);
        var format = CommonOptions.Format("text (a table) or json (an array of hits).", "text", "json");
        var command = new ExampleCommand(
            "search",
            "Search the analysed documents in the store, best match first, and print their ids for 'cronista show'.",
            [
                "cronista search Putin Kim",
                "cronista search '\"vertice in Alaska\"' --limit 5 --format json",
            ])
        {
            query, database, limit, format,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var words = string.Join(' ', parse.GetValue(query)!);
            var json = parse.GetValue(format) == "json";
            return StoreAccess.With(parse.GetValue(database)!, error, store =>
            {
                var hits = store.Search(words, parse.GetValue(limit), json ? "[" : Open, json ? "]" : Close);
                if (json)
                {
                    output.WriteLine(CliJson.Serialize(hits));
                    return ExitCodes.Ok;
                }
                if (hits.Count == 0)
                {
                    output.WriteLine($"No documents match '{words}' in {store.Path} ({store.Count()} documents stored).");
                    return ExitCodes.Ok;
                }
                var terminal = Consoles.IsTerminalOutput(output);
                var console = Consoles.For(output, terminal);
                var table = new Table().Border(TableBorder.Simple)
                    .AddColumn("Id").AddColumn("Published").AddColumn("Publisher").AddColumn("Title").AddColumn("Match");
                foreach (var hit in hits)
                {
                    table.AddRow(
                        new Plain(hit.Id), new Plain(hit.Published ?? ""), new Plain(hit.Publisher ?? ""),
                        new Plain(hit.Title ?? hit.Source), new Markup(Highlight(hit.Snippet, terminal)));
                }
                console.Write(table);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static string Highlight(string snippet, bool terminal)
    {
        var escaped = Markup.Escape(snippet.ReplaceLineEndings(" "));
        return terminal
            ? escaped.Replace(Open, "[bold yellow]", StringComparison.Ordinal).Replace(Close, "[/]", StringComparison.Ordinal)
            : escaped.Replace(Open, "[[", StringComparison.Ordinal).Replace(Close, "]]", StringComparison.Ordinal);
    }
}

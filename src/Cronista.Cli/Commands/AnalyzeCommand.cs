using System.CommandLine;
using Cronista.Cli.Analysis;
using Cronista.Cli.Rendering;
using Cronista.Extraction;
using Cronista.Ingest;
using Cronista.Output;
using Cronista.Storage;
using Spectre.Console;

namespace Cronista.Cli.Commands;

/// <summary>The 'analyze' command: reads articles, runs every stage, prints the results and keeps them in the store.</summary>
internal static class AnalyzeCommand
{
    // Below this many files a progress bar would only flicker.
    private const int ProgressMinimumFiles = 4;

    public static Command Create(Func<Stream> standardInput)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files, folders (read recursively: .txt, .text, .jsonl, .ndjson; hidden files skipped), or '-' for standard input.",
            HelpName = "PATH",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            // An unknown option would otherwise be taken for a file name.
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value != "-")
                    result.AddError($"Unknown option '{token.Value}'; to read a file whose name starts with '-', write ./{token.Value}.");
            }
        });
        var format = CommonOptions.Format(
            "How to print each document: text (a report for people), json (one indented object each) or jsonl (one line each).",
            "text", "json", "jsonl");
        var database = CommonOptions.Database();
        var noStore = new Option<bool>("--no-store") { Description = "Print only; do not save the results in the store." };
        var language = CommonOptions.Language();
        var maxSize = CommonOptions.MaxSize();
        var entities = CommonOptions.ModelOrRules("--entities", "Find names with the trained models where the language has one (default), or with the rules alone.");
        var sentences = CommonOptions.ModelOrRules("--sentences", "End sentences with the trained classifier where the language has one (default), or with the rules alone.");
        var command = new ExampleCommand(
            "analyze",
            "Analyze news articles and print what they say, and who says it: entities, dates, amounts, quotes, claims " +
            "with their chains of sources, and events. Results are also saved in the store (--db) for 'search', 'show' and 'events'.",
            [
                "cronista analyze article.txt --language it            # one article, a report on screen",
                "cronista analyze news/ --format jsonl > analysed.jsonl  # a whole folder, one JSON line per article",
                "cat articles.jsonl | cronista analyze - --no-store      # JSONL on standard input, nothing saved",
            ],
            [
                "A plain-text article may start with a line 'date YYYY-MM-DD' (the rest of that line is page chrome,",
                "such as the outlet's tagline) and a line 'url URL'; a short first line followed by a blank line is the headline.",
                "A JSONL file holds one article per line: {\"text\": \"...\"} plus, optionally, \"url\", \"published\",",
                "\"title\", \"language\", \"publisher\", \"agency\".",
                "Articles that cannot be read or analysed are listed on standard error and the others go on;",
                "the exit code is 0 when all worked, 1 when some failed, 2 when the command line is wrong.",
            ])
        {
            paths, format, database, noStore, language, maxSize, entities, sentences,
        };
        command.SetAction(parse => Run(
            new Settings(
                parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(database)!, parse.GetValue(noStore),
                parse.GetValue(language), parse.GetValue(maxSize) is > 0 and var size ? size : IngestOptions.DefaultMaxArticleBytes,
                parse.GetValue(entities) == "model",
                parse.GetValue(sentences) == "model"),
            standardInput,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private sealed record Settings(string[] Paths, string Format, string Database, bool NoStore, string? Language, long MaxSize, bool LearnedEntities = true, bool LearnedSentences = true);

    private static int Run(Settings settings, Func<Stream> standardInput, TextWriter output, TextWriter error)
    {
        Analyzer analyzer;
        ArticleExtractor extractor;
        try
        {
            analyzer = Analyzer.Create(new AnalyzerOptions(LearnedEntities: settings.LearnedEntities, LearnedSentences: settings.LearnedSentences));
            extractor = ArticleExtractor.CreateDefault();
        }
        catch (Exception e)
        {
            error.WriteLine($"cronista: cannot load the analysis stages: {e.Message}");
            return ExitCodes.SomeFailed;
        }

        DocumentStore? store = null;
        if (!settings.NoStore)
        {
            try
            {
                store = DocumentStore.Open(settings.Database);
            }
            catch (StoreException e)
            {
                error.WriteLine($"cronista: {e.Message} (or pass --no-store to only print)");
                return ExitCodes.SomeFailed;
            }
        }
        using (store)
        {
            var sources = new ArticleSources(new IngestOptions { MaxArticleBytes = settings.MaxSize, StandardInput = standardInput });
            var entries = ArticleSources.Expand(settings.Paths);
            var items = entries.SelectMany(sources.Read);
            var batch = new BatchAnalysis(document => analyzer.Analyze(document), extractor, settings.Language);
            var outcomes = batch.Run(items, Environment.ProcessorCount);
            var run = new BatchRun(settings.Format, output, store);

            if (ShowProgress(entries, output, error))
            {
                var console = Consoles.For(error, terminal: true);
                var total = Math.Max(1, entries.Sum(e => e.Length ?? 0));
                console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(context =>
                    {
                        var task = context.AddTask("Analysing", maxValue: total);
                        foreach (var outcome in outcomes)
                        {
                            run.Handle(outcome, line => console.WriteLine(line, Style.Plain));
                            task.Increment(outcome.InputBytes);
                            task.Description = $"Analysing ({run.Analysed} done, {run.Failures.Count} failed)";
                        }
                        run.Finish(line => console.WriteLine(line, Style.Plain));
                        task.Value = total;
                    });
            }
            else
            {
                foreach (var outcome in outcomes)
                    run.Handle(outcome, error.WriteLine);
                run.Finish(error.WriteLine);
            }
            run.Summarize(error, store is null ? null : settings.Database);
            if (sources.ArchiveCounts is { Records: > 0 } archives)
                error.WriteLine($"cronista: web archives: {archives.Records} records, {archives.Pages} pages; passed over: " +
                    $"{archives.NotHtml} not HTML, {archives.NotOk} not status 200, {archives.OtherRecords} requests, metadata and other records");
            return run.Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
    }

    /// <summary>A bar on standard error, only when it is a terminal that the results do not also scroll through.</summary>
    private static bool ShowProgress(IReadOnlyList<SourceEntry> entries, TextWriter output, TextWriter error) =>
        Consoles.IsTerminalError(error) && !Consoles.IsTerminalOutput(output)
        && (entries.Count >= ProgressMinimumFiles || entries.Any(e => e.Kind is SourceKind.JsonLinesFile or SourceKind.WarcFile or SourceKind.FeedFile));
}

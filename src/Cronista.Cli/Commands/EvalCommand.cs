using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Cronista.Eval.Attributions;
using Cronista.Eval.Extraction;
using Cronista.Eval.Gate;
using Cronista.Eval.Ner;
using Cronista.Eval.Reporting;
using Cronista.Eval.Ud;
using Cronista.Learning.Corpora;

namespace Cronista.Cli.Commands;

/// <summary>The 'eval' command: scores Cronista against gold data ('ner', 'ud', 'extraction', 'dates', 'time') and checks the quality floors ('gate').</summary>
internal static class EvalCommand
{
    public static Command Create() =>
        new("eval", "Measure Cronista against gold data, and check the floors in eval/baseline.json.")
        {
            CreateNer(),
            CreateUd(),
            CreateExtraction(),
            CreateDates(),
            CreateAttribution(),
            EvalTimeCommand.Create(),
            EvalSpecsCommand.Create(),
            EvalEventsCommand.Create(),
            CreateGate(),
        };

    private static Command CreateNer()
    {
        var gold = new Option<string>("--gold") { Description = "The gold file (CoNLL, KIND or GermEval layout).", Required = true };
        var format = new Option<string?>("--format") { Description = "conll, kind or germeval; detected from the file when omitted." };
        format.AcceptOnlyFromAmong(NerFormats.Names);
        var language = new Option<string?>("--lang") { Description = "The language of the gold text (it, en, de, fr); read from the path when omitted." };
        language.AcceptOnlyFromAmong("it", "en", "de", "fr");
        var demonyms = new Option<string?>("--demonyms")
        {
            Description = "What predicted demonyms count as: misc (CoNLL tags 'German' MISC) or ignore (KIND leaves them untagged). Default: the format's.",
        };
        demonyms.AcceptOnlyFromAmong(DemonymPolicies.Names);
        var limit = new Option<int?>("--limit") { Description = "Evaluate only the first N sentences." };
        var heldOut = new Option<int?>("--held-out-every") { Description = "Score only every n-th sentence (from the first): the part 'train ner --held-out-every n' kept out of training." };
        var rules = new Option<bool>("--rules") { Description = "Score the rules alone, without the trained models." };
        var threads = new Option<int>("--threads") { Description = "Documents analysed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every figure instead of a table." };
        var command = new Command("ner", "Score named-entity recognition against a gold file: entity level (conlleval) and token level (KIND's scorer).")
        {
            gold, format, language, demonyms, limit, heldOut, rules, threads, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"cronista: gold file '{path}' not found; pass --gold with the path of a CoNLL, KIND or GermEval file.");
                return ExitCodes.Usage;
            }
            var lang = parse.GetValue(language) ?? GoldLanguage.FromPath(path);
            if (lang is null)
            {
                error.WriteLine($"cronista: cannot tell the language of '{path}' from its path; pass --lang it|en|de|fr.");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(limit) is <= 0)
            {
                error.WriteLine("cronista: --limit must be a positive number of sentences.");
                return ExitCodes.Usage;
            }
            GoldCorpus corpus;
            try
            {
                NerFormat? chosen = NerFormats.TryParse(parse.GetValue(format), out var f) ? f : null;
                corpus = GoldReader.Read(path, chosen);
            }
            catch (GoldFormatException problem)
            {
                error.WriteLine($"cronista: {problem.Message}");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(heldOut) is { } every)
                corpus = HeldOut.Select(corpus, every, heldOut: true);
            if (parse.GetValue(limit) is { } sentences)
                corpus = corpus.Take(sentences);
            DemonymPolicy? demonymPolicy = DemonymPolicies.TryParse(parse.GetValue(demonyms), out var d) ? d : null;
            var clock = Stopwatch.StartNew();
            var analyzer = Analyzer.Create(new AnalyzerOptions(LearnedEntities: !parse.GetValue(rules)));
            var buildSeconds = clock.Elapsed.TotalSeconds;
            var report = NerEvaluator.For(analyzer).Evaluate(
                corpus, new NerRunOptions(lang, MentionPolicy.For(corpus.Format, demonymPolicy), Math.Max(1, parse.GetValue(threads))));
            if (parse.GetValue(json))
            {
                var record = report.ToJson();
                record["analyzer_build_seconds"] = Math.Round(buildSeconds, 3);
                output.WriteLine(record.ToJsonString());
            }
            else
            {
                NerReportTable.Write(Consoles.For(output), report);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analyzer built in {buildSeconds:F2} s"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateUd()
    {
        var gold = new Argument<string>("file") { Description = "A Universal Dependencies treebank file (.conllu)." };
        var language = new Option<string?>("--lang") { Description = "The language of the treebank (it, en, de, fr); read from the path when omitted." };
        language.AcceptOnlyFromAmong("it", "en", "de", "fr");
        var threads = new Option<int>("--threads") { Description = "Documents analysed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var errors = new Option<int>("--errors") { Description = "Print up to N examples of each kind of error.", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every figure instead of a table." };
        var sentences = CommonOptions.ModelOrRules("--sentences", "End sentences with the trained classifier (default) or with the rules alone.");
        var command = new Command("ud", "Score tokenization and sentence splitting (and part of speech and lemmas, when the analysis gives them) on a UD treebank, as the CoNLL 2018 shared task does.")
        {
            gold, language, threads, errors, json, sentences,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"cronista: treebank file '{path}' not found; pass the path of a .conllu file.");
                return ExitCodes.Usage;
            }
            var lang = parse.GetValue(language) ?? GoldLanguage.FromPath(path);
            if (lang is null)
            {
                error.WriteLine($"cronista: cannot tell the language of '{path}' from its path; pass --lang it|en|de|fr.");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(errors) < 0)
            {
                error.WriteLine("cronista: --errors must be zero or a positive number of examples.");
                return ExitCodes.Usage;
            }
            System.Collections.Immutable.ImmutableArray<UdGoldDocument> documents;
            try
            {
                documents = UdGoldText.Build(ConlluReader.Read(path), Path.GetFileName(path));
            }
            catch (InvalidDataException problem)
            {
                error.WriteLine($"cronista: {problem.Message}");
                return ExitCodes.Usage;
            }
            var report = UdEvaluator.For(Analyzer.Create(new AnalyzerOptions(LearnedSentences: parse.GetValue(sentences) == "model")))
                .Evaluate(path, lang, documents, Math.Max(1, parse.GetValue(threads)), parse.GetValue(errors));
            if (parse.GetValue(json))
                output.WriteLine(report.ToJson().ToJsonString());
            else
                UdReportTable.Write(Consoles.For(output), report);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateExtraction()
    {
        var data = new Option<string>("--data")
        {
            Description = "The folder holding evaldata.json with the pages in cache/ and eval/ (trafilatura's tests/).",
            DefaultValueFactory = _ => "../shared/data/extraction/trafilatura-eval/tests",
        };
        var threads = new Option<int>("--threads") { Description = "Pages extracted at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var errors = new Option<int>("--errors") { Description = "Print up to N examples of each kind of error.", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every figure instead of a table." };
        var warm = new Option<bool>("--warm")
        {
            Description = "Extract every page once, untimed, before the scored pass, so that the timing shows the steady state rather than the runtime's first compilations.",
        };
        var command = new Command("extraction", "Score the HTML article extractor on trafilatura's benchmark: text snippets that must be in the output and boilerplate snippets that must not.")
        {
            data, threads, errors, json, warm,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(data)!;
            if (!ExtractionDataFound(path, error))
                return ExitCodes.Usage;
            if (parse.GetValue(errors) < 0)
            {
                error.WriteLine("cronista: --errors must be zero or a positive number of examples.");
                return ExitCodes.Usage;
            }
            return PrintPageReport(
                () => ExtractionEvaluator.ForHtml().Evaluate(EvaldataReader.Read(path), Math.Max(1, parse.GetValue(threads)), parse.GetValue(errors), parse.GetValue(warm)),
                parse.GetValue(json), output, error, report => report.ToJson(), ExtractionReportTable.Write);
        });
        return command;
    }

    /// <summary>True when the folder of trafilatura's pages is there; otherwise says how to point at it.</summary>
    private static bool ExtractionDataFound(string path, TextWriter error)
    {
        if (Directory.Exists(path) || File.Exists(path))
            return true;
        error.WriteLine($"cronista: extraction data folder '{path}' not found; pass --data with the folder that holds evaldata.json, cache/ and eval/.");
        return false;
    }

    /// <summary>Runs an evaluation over trafilatura's pages and prints its report as JSON or a table; a page or gold file
    /// that cannot be read is a usage error, named.</summary>
    private static int PrintPageReport<TReport>(Func<TReport> evaluate, bool json, TextWriter output, TextWriter error,
        Func<TReport, System.Text.Json.Nodes.JsonNode> toJson, Action<Spectre.Console.IAnsiConsole, TReport> table)
    {
        TReport report;
        try
        {
            report = evaluate();
        }
        catch (EvaldataException problem)
        {
            error.WriteLine($"cronista: {problem.Message}");
            return ExitCodes.Usage;
        }
        if (json)
            output.WriteLine(toJson(report).ToJsonString());
        else
            table(Consoles.For(output), report);
        return ExitCodes.Ok;
    }

    private static Command CreateDates()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "The gold list: file, published date (YYYY-MM-DD or none) and evidence, tab-separated.",
            DefaultValueFactory = _ => "eval/extraction/page-dates.tsv",
        };
        var data = new Option<string>("--data")
        {
            Description = "The folder holding evaldata.json with the pages in cache/ and eval/ (trafilatura's tests/).",
            DefaultValueFactory = _ => "../shared/data/extraction/trafilatura-eval/tests",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every figure and failure instead of a table." };
        var command = new Command("dates", "Score the publication dates the HTML extractor reads, to the day, against a gold list of pages.")
        {
            gold, data, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(data)!;
            if (!ExtractionDataFound(path, error))
                return ExitCodes.Usage;
            var goldPath = parse.GetValue(gold)!;
            return PrintPageReport(
                () => PageDateEvaluator.ForHtml().Evaluate(goldPath, PageDateGold.Read(goldPath), EvaldataReader.Read(path)),
                parse.GetValue(json), output, error, report => report.ToJson(), PageDateReportTable.Write);
        });
        return command;
    }

    private static Command CreateAttribution()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "The PolNeAR data folder (holding train/ and dev/), or one split folder holding text/ and attributions/.",
            DefaultValueFactory = _ => "../shared/data/quotes/polnear/data",
        };
        var split = new Option<string>("--split") { Description = "The split to score when --gold holds several.", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("train", "dev", "annotator-training");
        var language = new Option<string>("--lang") { Description = "The language of the articles.", DefaultValueFactory = _ => "en" };
        var threads = new Option<int>("--threads") { Description = "Documents analysed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every figure instead of a table." };
        var agreement = new Option<bool>("--agreement")
        {
            Description = "Score no analysis: score the annotators of articles several of them marked against each article's first annotator (human agreement).",
        };
        var command = new Command("attribution", "Score source, cue and content spans of attributions against PolNeAR, exactly and on heads, for all attributions and speech only.")
        {
            gold, split, language, threads, json, agreement,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = PolnearCorpus.SplitFolder(parse.GetValue(gold)!, parse.GetValue(split)!);
            List<AttributionDocument> documents;
            try
            {
                documents = PolnearCorpus.Read(folder);
            }
            catch (DirectoryNotFoundException problem)
            {
                parse.InvocationConfiguration.Error.WriteLine($"cronista: {problem.Message}");
                return ExitCodes.Usage;
            }
            var report = parse.GetValue(agreement)
                ? AttributionEvaluator.Agreement(folder, PolnearCorpus.Agreement(folder))
                : AttributionEvaluator.For(Analyzer.Create(new AnalyzerOptions(LastStage: "attribute-spans")))
                    .Evaluate(folder, documents, parse.GetValue(language)!, Math.Max(1, parse.GetValue(threads)), CancellationToken.None);
            if (parse.GetValue(json))
                output.WriteLine(report.ToJson().ToJsonString());
            else
                AttributionReportTable.Write(Consoles.For(output), report);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateGate()
    {
        var baseline = new Option<string>("--baseline") { Description = "The floors file.", DefaultValueFactory = _ => "eval/baseline.json" };
        var shared = new Option<string>("--shared") { Description = "The shared data folder gold paths are relative to.", DefaultValueFactory = _ => "../shared" };
        var update = new Option<bool>("--update") { Description = "Raise floors to the measured values where those are higher (floors never go down)." };
        var threads = new Option<int>("--threads") { Description = "Documents analysed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("gate", "Run every evaluation in the baseline; exit 1 if any figure is below its floor.")
        {
            baseline, shared, update, threads,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var baselinePath = parse.GetValue(baseline)!;
            Baseline floors;
            try
            {
                floors = Baseline.Load(baselinePath);
            }
            catch (BaselineException problem)
            {
                error.WriteLine($"cronista: {problem.Message}");
                return ExitCodes.Usage;
            }
            var gate = new QualityGate(GateEvaluators.Default(Math.Max(1, parse.GetValue(threads))));
            var outcome = gate.Run(floors, parse.GetValue(shared)!, parse.GetValue(update),
                entry => error.WriteLine($"running {entry.FullName} …"));
            if (outcome.Skipped)
            {
                output.WriteLine($"quality gate skipped: {outcome.SkipReason}.");
                return ExitCodes.Ok;
            }
            GateTable.Write(Consoles.For(output), outcome);
            var raised = outcome.RaisedFloors;
            if (raised.Count > 0)
            {
                File.WriteAllText(baselinePath, floors.WithFloors(raised));
                output.WriteLine($"raised {raised.Count} floor(s) in {baselinePath}.");
            }
            var failed = outcome.Rows.Count(r => r.Status != Eval.Gate.GateStatus.Pass);
            output.WriteLine(failed == 0
                ? $"quality gate passed: {outcome.Rows.Length} floor(s) held."
                : $"quality gate FAILED: {failed} of {outcome.Rows.Length} floor(s) not met.");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}

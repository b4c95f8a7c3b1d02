using System.CommandLine;
using Cronista.Language.Training;
using Cronista.Learning.Clusters;
using Cronista.Learning.Lemmas;

namespace Cronista.Cli.Commands;

/// <summary>The 'train' command: trains the models Cronista ships from the shared data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model Cronista ships from the shared data.");
        command.Subcommands.Add(LanguageIdentification());
        command.Subcommands.Add(TrainNerCommand.Create());
        command.Subcommands.Add(TrainPosCommand.Create());
        command.Subcommands.Add(TrainSentencesCommand.Create());
        command.Subcommands.Add(TrainNamesCommand.Create());
        command.Subcommands.Add(TrainAttributionCommand.Create());
        command.Subcommands.Add(Lemmas());
        command.Subcommands.Add(WordClusters());
        return command;
    }

    private static Command LanguageIdentification()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "The shared data folder (holding ud/ and ner/).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model, e.g. models/langid/langid.tsv.gz.", Required = true };
        var unsupported = new Option<FileInfo?>("--unsupported") { Description = "Examples in other languages (code, tab, text); default: unsupported.tsv beside --out." };
        var seed = new Option<int>("--seed") { Description = "Decides the held-out split; the same seed gives the same model.", DefaultValueFactory = _ => 1 };
        var order = new Option<int>("--order") { Description = "The longest character n-gram (1 to 4).", DefaultValueFactory = _ => 4 };
        var smoothing = new Option<double>("--smoothing") { Description = "The k of add-k smoothing.", DefaultValueFactory = _ => 0.5 };
        var minCount = new Option<int>("--min-count") { Description = "Leave out n-grams seen fewer times than this.", DefaultValueFactory = _ => 3 };
        var noWikiNeural = new Option<bool>("--no-wikineural") { Description = "Train on the UD treebanks only." };
        var noTest = new Option<bool>("--no-test") { Description = "Skip the measurement on the UD test files." };
        order.AcceptOnlyFromAmong("1", "2", "3", "4");
        var command = new Command("langid", "Train language identification (it, en, de, fr) and measure it on the UD test files.")
        {
            data, output, unsupported, seed, order, smoothing, minCount, noWikiNeural, noTest,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var outPath = parse.GetValue(output)!.FullName;
            var options = new LanguageTrainingOptions(
                parse.GetValue(data)!.FullName,
                outPath,
                parse.GetValue(unsupported)?.FullName ?? Path.Combine(Path.GetDirectoryName(outPath)!, "unsupported.tsv"),
                parse.GetValue(seed),
                parse.GetValue(order),
                parse.GetValue(smoothing),
                parse.GetValue(minCount),
                !parse.GetValue(noWikiNeural),
                !parse.GetValue(noTest));
            return TrainingRun.Guard("langid", error, () => LanguageModelTraining.Run(options, parse.InvocationConfiguration.Output));
        });
        return command;
    }

    private static Command Lemmas()
    {
        var language = new Option<string>("--lang") { Description = "The language of the treebanks (it, en, de, fr).", Required = true };
        language.AcceptOnlyFromAmong("it", "en", "de", "fr");
        var train = new Option<FileInfo[]>("--train") { Description = "CoNLL-U files to learn from.", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<FileInfo[]>("--dev") { Description = "CoNLL-U files to measure on (never learned from).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model, e.g. models/it/lemma.tsv.gz.", Required = true };
        var lookup = new Option<FileInfo[]>("--lookup") { Description = "Form → lemma lexicons in spaCy's JSON layout (.json or .json.gz), for forms training never saw.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("lemma", "Train a lemmatizer from UD treebanks (and a lexicon), write it, and print its accuracy on the dev files with gold part of speech.")
        {
            language, train, dev, output, lookup,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var trainFiles = parse.GetValue(train) ?? [];
            var devFiles = parse.GetValue(dev) ?? [];
            var lookupFiles = parse.GetValue(lookup) ?? [];
            var missing = trainFiles.Concat(devFiles).Concat(lookupFiles).FirstOrDefault(f => !f.Exists);
            if (missing is not null)
            {
                error.WriteLine($"cronista train lemma: file '{missing.FullName}' not found; --train, --dev and --lookup need existing files.");
                return ExitCodes.Usage;
            }
            var options = new LemmaTrainingOptions(
                parse.GetValue(language)!,
                [.. trainFiles.Select(f => f.FullName)],
                [.. devFiles.Select(f => f.FullName)],
                parse.GetValue(output)!.FullName,
                [.. lookupFiles.Select(f => f.FullName)]);
            return TrainingRun.Guard("lemma", error, () => LemmaTraining.Run(options, parse.InvocationConfiguration.Output), argumentProblem: ExitCodes.Usage);
        });
        return command;
    }

    private static Command WordClusters()
    {
        var language = new Option<string>("--lang") { Description = "The language the text is in (it, en, de, fr); it only labels the log.", Required = true };
        var text = new Option<FileInfo[]>("--text")
        {
            Description = "Unlabeled text: NER files (.conllu 'index, token, tag'; .tsv 'token, tag'), UD treebanks (*-ud-*.conllu), DICE archives (.tar.gz).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the table, e.g. models/it/clusters.tsv.gz.", Required = true };
        var clusters = new Option<int>("--clusters") { Description = "How many clusters (distinct paths) to keep.", DefaultValueFactory = _ => 256 };
        var minCount = new Option<int>("--min-count") { Description = "Leave out words seen fewer times than this.", DefaultValueFactory = _ => 3 };
        var skipEvery = new Option<int>("--skip-every") { Description = "In NER files, leave out the sentences whose 0-based index is a multiple of this (kept apart for scoring); 0 keeps all.", DefaultValueFactory = _ => 0 };
        clusters.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 2) r.AddError("--clusters must be at least 2."); });
        minCount.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--min-count must be at least 1."); });
        skipEvery.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--skip-every must not be negative."); });
        var command = new Command("clusters", "Train Brown word clusters for entity recognition features from unlabeled text.")
        {
            language, text, output, clusters, minCount, skipEvery,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var log = parse.InvocationConfiguration.Output;
            var options = new ClusterTrainingOptions(
                [.. parse.GetValue(text)!.Select(f => f.FullName)],
                parse.GetValue(output)!.FullName,
                parse.GetValue(clusters),
                parse.GetValue(minCount),
                parse.GetValue(skipEvery));
            return TrainingRun.Guard("clusters", error, () =>
            {
                log.WriteLine($"Training {options.Clusters} word clusters for '{parse.GetValue(language)}'.");
                ClusterTraining.Run(options, log);
            });
        });
        return command;
    }
}

using System.Diagnostics;
using System.Globalization;
using Cronista.Core;

namespace Cronista.Language.Training;

/// <summary>How to train the language identification model.</summary>
/// <param name="DataFolder">The shared data folder, holding ud/ and ner/.</param>
/// <param name="OutputPath">Where to write the model (".gz" to compress it).</param>
/// <param name="UnsupportedPath">Examples in other languages (language code, tab, text), used to check the "und" threshold.</param>
/// <param name="Seed">Decides which training sentences are held out for calibration; the same seed gives the same model.</param>
/// <param name="MaxOrder">The longest character n-gram, 1 to 4.</param>
/// <param name="Smoothing">The k of add-k smoothing.</param>
/// <param name="MinCount">N-grams (above unigrams) seen fewer times than this over all languages are left out of the file.</param>
/// <param name="UseWikiNeural">Whether to add WikiNEuRal's validation sentences to the UD treebanks.</param>
/// <param name="Evaluate">Whether to measure the model on the UD test files after training.</param>
public sealed record LanguageTrainingOptions(
    string DataFolder,
    string OutputPath,
    string UnsupportedPath,
    int Seed = 1,
    int MaxOrder = 4,
    double Smoothing = 0.5,
    int MinCount = 3,
    bool UseWikiNeural = true,
    bool Evaluate = true);

/// <summary>Trains the language identification model from the shared data, calibrates it, writes it and measures it.</summary>
public static class LanguageModelTraining
{
    /// <summary>The share of each language's training sentences held out for calibration.</summary>
    private const double HeldOutShare = 0.1;

    /// <summary>The training sentences, and the share of each language held out for calibration, chosen by the seed.</summary>
    internal static (List<LabelledText> Training, List<LabelledText> HeldOut) Split(LanguageTrainingOptions options, TextWriter log)
    {
        var languages = SupportedLanguages.All;
        var sentences = TrainingCorpus.UniversalDependencies(options.DataFolder, "train", languages)
            .Concat(TrainingCorpus.UniversalDependencies(options.DataFolder, "dev", languages))
            .Concat(options.UseWikiNeural ? TrainingCorpus.WikiNeural(options.DataFolder, languages) : [])
            .Where(t => t.Text.Length > 0)
            .ToList();
        var random = new Random(options.Seed);
        var training = new List<LabelledText>();
        var heldOut = new List<LabelledText>();
        foreach (var language in languages)
        {
            var own = sentences.Where(t => t.Language == language).ToArray();
            random.Shuffle(own);
            var cut = (int)(own.Length * HeldOutShare);
            heldOut.AddRange(own[..cut]);
            training.AddRange(own[cut..]);
            log.WriteLine($"{language}: {own.Length - cut} training sentences ({own[cut..].Sum(t => t.Text.Length):N0} characters), {cut} held out; from {string.Join(", ", own.Select(t => t.Source).Distinct().Order(StringComparer.Ordinal))}");
        }
        return (training, heldOut);
    }

    /// <summary>Trains and writes the model, then reports held-out and test results to <paramref name="log"/> in Markdown.</summary>
    /// <exception cref="IOException">A data file is missing or malformed; the message names it.</exception>
    public static void Run(LanguageTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        var languages = SupportedLanguages.All;
        var watch = Stopwatch.StartNew();
        var (training, heldOut) = Split(options, log);
        var unsupported = TrainingCorpus.Unsupported(options.UnsupportedPath).ToList();

        var counter = new NgramCounter(languages, options.MaxOrder);
        foreach (var text in training)
            counter.Add(text.Language, text.Text);
        var uncalibrated = counter.Build(options.Smoothing, options.MinCount, new LanguageCalibration(Calibrator.MinLetters, 1, [.. languages.Select(_ => 0.0)], [.. languages.Select(_ => 1.0)], double.PositiveInfinity, 0));
        var calibration = Calibrator.Fit(new LanguageModel(uncalibrated), heldOut, unsupported, log);
        var data = uncalibrated.With(calibration);
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        LanguageModelFile.Write(data, options.OutputPath);
        log.WriteLine($"Wrote {options.OutputPath}: {data.Counts.Count:N0} n-grams of orders 1-{options.MaxOrder}, {new FileInfo(options.OutputPath).Length:N0} bytes, in {watch.Elapsed.TotalSeconds:F1} s.");

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var loading = Stopwatch.StartNew();
        var model = new LanguageModel(LanguageModelFile.Read(options.OutputPath));
        loading.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        log.WriteLine($"Loading it back: {loading.Elapsed.TotalMilliseconds:F0} ms, {retained / 1048576.0:F1} MB retained.");
        var detector = new LanguageDetector(model);
        log.WriteLine();
        log.WriteLine("Held-out training sentences (accuracy %, \"und\" counts as wrong):");
        log.WriteLine();
        LanguageIdEvaluation.Accuracy(detector, heldOut, log);
        log.WriteLine("Examples in other languages (models/langid/unsupported.tsv, also used for calibration):");
        log.WriteLine();
        LanguageIdEvaluation.Rejection(detector, unsupported, log);
        if (!options.Evaluate)
            return;
        var test = TrainingCorpus.UniversalDependencies(options.DataFolder, "test", languages).Where(t => t.Text.Length > 0).ToList();
        log.WriteLine($"UD test files ({string.Join(", ", test.Select(t => t.Source).Distinct().Order(StringComparer.Ordinal))}; accuracy %, \"und\" counts as wrong):");
        log.WriteLine();
        LanguageIdEvaluation.Accuracy(detector, test, log);
        var throughput = LanguageIdEvaluation.Throughput(detector, test);
        log.WriteLine($"Throughput: {throughput.ToString("N0", CultureInfo.InvariantCulture)} documents of 2,000 characters a second, one thread.");
    }
}

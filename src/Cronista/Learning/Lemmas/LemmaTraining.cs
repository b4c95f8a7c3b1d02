using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Cronista.Learning.Corpora;

namespace Cronista.Learning.Lemmas;

/// <summary>How to train a lemmatizer.</summary>
/// <param name="Language">ISO 639-1 code written into the model.</param>
/// <param name="TrainPaths">CoNLL-U files to learn from.</param>
/// <param name="DevPaths">CoNLL-U files to measure on; never learned from.</param>
/// <param name="OutputPath">Where to write the model (".gz" to compress it).</param>
/// <param name="LookupPaths">Form → lemma lexicons in spaCy's JSON layout, for forms training never saw.</param>
public sealed record LemmaTrainingOptions(
    string Language,
    IReadOnlyList<string> TrainPaths,
    IReadOnlyList<string> DevPaths,
    string OutputPath,
    IReadOnlyList<string> LookupPaths);

/// <summary>A trained lemmatizer with what it was trained on.</summary>
/// <param name="Data">The model.</param>
/// <param name="TrainingForms">Every form seen in training, to tell seen from unseen words when measuring.</param>
public sealed record TrainedLemmatizer(LemmaModelData Data, IReadOnlySet<string> TrainingForms);

/// <summary>Trains lemmatizers from Universal Dependencies treebanks and lexicons, writes them and measures them.</summary>
public static class LemmaTraining
{
    /// <summary>Suffixes longer than this add size, not accuracy: endings in it, en, de, fr are shorter.</summary>
    public const int MaxSuffix = 10;

    /// <summary>The smallest numbers of training types a suffix needs to give its edit that training tries.</summary>
    private static readonly int[] SupportCandidates = [1, 2, 3, 5];

    /// <summary>Trains on the files, writes the model, and reports accuracy on each dev file to <paramref name="log"/>.</summary>
    /// <exception cref="ArgumentException">A dev file is also a training file.</exception>
    /// <exception cref="IOException">A file is missing or unreadable; the message names it.</exception>
    public static IReadOnlyList<(string Path, LemmaAccuracy Accuracy)> Run(LemmaTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var overlap = options.DevPaths.Select(Path.GetFullPath).Intersect(options.TrainPaths.Select(Path.GetFullPath)).FirstOrDefault();
        if (overlap is not null)
            throw new ArgumentException($"'{overlap}' is both a training and a dev file; a dev score must come from data the model never saw.");
        foreach (var path in options.TrainPaths.Concat(options.DevPaths).Concat(options.LookupPaths))
        {
            if (!File.Exists(path))
                throw new FileNotFoundException($"file '{path}' not found.", path);
        }
        var watch = Stopwatch.StartNew();
        var training = options.TrainPaths.SelectMany(path => ConlluReader.Read(path)).ToList();
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in options.LookupPaths)
        {
            foreach (var (form, lemma) in LemmaLexicon.Read(path))
                lexicon.TryAdd(form, lemma);
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Language}: {training.Count:N0} training sentences, {training.Sum(s => s.Tokens.Length):N0} tokens from {string.Join(", ", options.TrainPaths.Select(Path.GetFileName))}; lexicon {lexicon.Count:N0} forms"));
        var trained = Train(options.Language, training, lexicon, log);

        var folder = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        LemmaModelFile.Write(trained.Data, options.OutputPath,
        [
            $"Lemmatizer for '{options.Language}', written by 'cronista train lemma'.",
            $"Trained on: {string.Join(", ", options.TrainPaths.Select(Path.GetFileName))}.",
            $"Lexicon: {(options.LookupPaths.Count == 0 ? "none" : string.Join(", ", options.LookupPaths.Select(Path.GetFileName)))}.",
        ]);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {options.OutputPath}: {trained.Data.Entries.Length:N0} training forms, {trained.Data.Rules.Length:N0} suffix rules, {trained.Data.Lookup.Count:N0} lexicon forms; {new FileInfo(options.OutputPath).Length:N0} bytes, in {watch.Elapsed.TotalSeconds:F1} s."));

        watch.Restart();
        var lemmatizer = new Lemmatizer(LemmaModelFile.Read(options.OutputPath));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Model read back in {watch.Elapsed.TotalSeconds:F2} s."));
        var results = new List<(string, LemmaAccuracy)>();
        foreach (var dev in options.DevPaths)
        {
            var accuracy = LemmaAccuracy.Measure(lemmatizer, ConlluReader.Read(dev), trained.TrainingForms);
            results.Add((dev, accuracy));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(dev)} (gold UPOS): accuracy {accuracy.Accuracy:F4} ({accuracy.Correct:N0}/{accuracy.Tokens:N0}), ignoring case {accuracy.AccuracyIgnoringCase:F4}; unseen forms {accuracy.UnseenAccuracy:F4} ({accuracy.UnseenCorrect:N0}/{accuracy.Unseen:N0}), ignoring case {accuracy.UnseenAccuracyIgnoringCase:F4}"));
        }
        return results;
    }

    /// <summary>Learns a lemmatizer from gold sentences and a form → lemma lexicon (which may be empty).</summary>
    public static TrainedLemmatizer Train(string language, IEnumerable<ConlluSentence> sentences, IReadOnlyDictionary<string, string> lexicon, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(log);
        var counts = new Dictionary<(string Form, string Upos, string Lemma), int>();
        var formCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new SuffixRuleLearner(MaxSuffix);
        foreach (var token in sentences.SelectMany(s => s.Tokens))
        {
            var key = (token.Form, token.Upos, token.Lemma);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            formCounts[token.Form] = formCounts.GetValueOrDefault(token.Form) + 1;
            rules.Add(token.Form, token.Upos, token.Lemma);
        }
        var entries = counts
            .GroupBy(p => (p.Key.Form, p.Key.Upos))
            .Select(g => g.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Lemma, StringComparer.Ordinal).First())
            .Select(p => new LemmaEntry(p.Key.Form, p.Key.Upos, p.Key.Lemma, p.Value))
            .OrderBy(e => e.Form, StringComparer.Ordinal).ThenBy(e => e.Upos, StringComparer.Ordinal)
            .ToImmutableArray();

        // Words seen once in training stand in for unseen words: each is predicted as if it had been left out.
        var rare = counts.Keys.Where(k => formCounts[k.Form] == 1).OrderBy(k => k.Form, StringComparer.Ordinal).ThenBy(k => k.Upos, StringComparer.Ordinal).ToList();
        var support = ChooseSupport(rules, rare, log);
        var lookupTags = ChooseLookupTags(rules, rare, support, lexicon, log);

        // Lexicon forms training saw are never looked up: the training tables answer first.
        var lookup = lexicon.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : lexicon.Where(p => !formCounts.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var data = new LemmaModelData(language, entries, rules.Build(support), lookup, lookupTags, MaxSuffix);
        return new TrainedLemmatizer(data, formCounts.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static int ChooseSupport(SuffixRuleLearner rules, List<(string Form, string Upos, string Lemma)> rare, TextWriter log)
    {
        var best = SupportCandidates[0];
        var bestCorrect = -1;
        foreach (var support in SupportCandidates)
        {
            var correct = rare.Count(w => rules.PredictLeavingOut(w.Form, w.Upos, w.Lemma, support) is { } edit && edit.Apply(w.Form) == w.Lemma);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  suffix rules needing {support} training word(s): {Ratio(correct, rare.Count):F4} of {rare.Count:N0} words seen once, each left out"));
            if (correct > bestCorrect)
                (best, bestCorrect) = (support, correct);
        }
        log.WriteLine($"  chosen: {best}");
        return best;
    }

    private static ImmutableSortedSet<string> ChooseLookupTags(
        SuffixRuleLearner rules, List<(string Form, string Upos, string Lemma)> rare, int support, IReadOnlyDictionary<string, string> lexicon, TextWriter log)
    {
        var tags = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (lexicon.Count == 0)
            return tags.ToImmutable();
        foreach (var group in rare.GroupBy(w => w.Upos).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int covered = 0, lexiconCorrect = 0, rulesCorrect = 0;
            foreach (var (form, upos, lemma) in group)
            {
                var lower = form.ToLowerInvariant();
                if (!lexicon.TryGetValue(form, out var listed) && (upos == "PROPN" || !lexicon.TryGetValue(lower, out listed)))
                    continue;
                covered++;
                lexiconCorrect += listed == lemma ? 1 : 0;
                rulesCorrect += rules.PredictLeavingOut(form, upos, lemma, support) is { } edit && edit.Apply(form) == lemma ? 1 : 0;
            }
            var used = lexiconCorrect > rulesCorrect;
            if (used)
                tags.Add(group.Key);
            if (covered > 0)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {group.Key}: lexicon {Ratio(lexiconCorrect, covered):F4}, suffix rules {Ratio(rulesCorrect, covered):F4} on {covered:N0} words seen once and in the lexicon{(used ? ": lexicon used" : "")}"));
            }
        }
        return tags.ToImmutable();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

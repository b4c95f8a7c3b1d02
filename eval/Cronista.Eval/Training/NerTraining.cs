using Cronista.Entities;
using Cronista.Entities.Learned;
using Cronista.Eval.Ner;
using Cronista.Learning.Perceptron;

namespace Cronista.Eval.Training;

/// <summary>What to train an entity tagger on.</summary>
/// <param name="Language">The language of every file.</param>
/// <param name="Train">Gold files to learn from (CoNLL, KIND or GermEval layout, detected).</param>
/// <param name="Dev">The gold file that picks the best epoch; may be one of the training files when <paramref name="HeldOutEvery"/> is set.</param>
/// <param name="Output">Where the model is written.</param>
/// <param name="HeldOutEvery">When above 1, every n-th sentence of the dev file is held out of training and used as dev.</param>
/// <param name="Perceptron">The learner's settings.</param>
/// <param name="Threads">How many documents are analysed at once while preparing the data.</param>
/// <param name="SecondPass">Also train the second-pass model (<see cref="FirstPassVotes"/>), written beside the first as
/// <see cref="NamedEntityTagger.SecondPassFile"/>.</param>
/// <param name="Runs">How many runs, in different sentence orders (seeds from <see cref="PerceptronOptions.Seed"/> on),
/// are averaged into each model.</param>
internal sealed record NerTrainingOptions(string Language, IReadOnlyList<string> Train, string? Dev, string Output, int HeldOutEvery, PerceptronOptions Perceptron, int Threads, bool SecondPass = true, int Runs = 1);

/// <summary>Trains the entity tagger of one language: reads gold files, analyses them with the rules, learns, writes the model.</summary>
internal static class NerTraining
{

    public static double Run(NerTrainingOptions options, TextWriter log)
    {
        // Every model tags CoNLL's four types; formats without MISC (KIND) simply never use it.
        var labels = LabelSet.Iob2(LabelScheme.Conll.Types);
        // The tagger reads what the stages up to the rules' mentions give; the later stages would only cost time. Its
        // training text is split by the rules alone: the gold sentences already end at blank lines, and the classifier's
        // extra splits inside them (a lower-case start it believes in) would only cut the tagger's context.
        var rules = Analyzer.Create(new AnalyzerOptions(LearnedEntities: false, LastStage: MentionStage.StageName, LearnedSentences: false));
        var train = new List<NerExample>();
        foreach (var path in options.Train)
        {
            var corpus = DamagedText.Repair(GoldReader.Read(path));
            if (options.HeldOutEvery > 1 && SamePath(path, options.Dev))
                corpus = HeldOut.Select(corpus, options.HeldOutEvery, heldOut: false);
            train.AddRange(Prepare(corpus, options, rules, labels));
            log.WriteLine($"{path}: {corpus.SentenceCount:N0} sentences, {corpus.TokenCount:N0} gold tokens");
        }
        List<NerExample>? dev = null;
        if (options.Dev is { } devPath)
        {
            var corpus = GoldReader.Read(devPath);
            if (options.HeldOutEvery > 1 && options.Train.Any(p => SamePath(p, devPath)))
                corpus = HeldOut.Select(corpus, options.HeldOutEvery, heldOut: true);
            dev = Prepare(corpus, options, rules, labels);
            log.WriteLine($"dev {devPath}: {corpus.SentenceCount:N0} sentences");
        }

        var first = Trainer(train, labels, options.Perceptron, log).TrainMean(Scorer(dev), log, options.Runs);
        TaggerModelOutput.Write(first, NerFeatures.Version, options.Language, options.Train, options.Perceptron, options.Output, "dev entity F1 on Cronista's tokens", log);
        var secondPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Output))!, NamedEntityTagger.SecondPassFile);
        if (!options.SecondPass)
        {
            File.Delete(secondPath);
            return first.DevScore;
        }

        // The second pass learns from votes the first pass would really give: each half of the training documents is
        // tagged by a model trained on the other half, never by one that saw it.
        log.WriteLine("second pass: first-pass votes on the training documents from two halves");
        for (var half = 0; half < 2; half++)
        {
            var other = train.Where((_, i) => i % 2 != half).ToList();
            var model = Trainer(other, labels, options.Perceptron with { Epochs = Math.Max(1, options.Perceptron.Epochs / 2) }, TextWriter.Null)
                .Train(null, TextWriter.Null).ToModel(new Dictionary<string, string>());
            foreach (var example in train.Where((_, i) => i % 2 == half))
                example.Document.UseFirstPass(NamedEntityTagger.Label(model, example.Document), labels);
        }
        if (dev is not null)
        {
            var firstModel = first.ToModel(new Dictionary<string, string>());
            foreach (var example in dev)
                example.Document.UseFirstPass(NamedEntityTagger.Label(firstModel, example.Document), labels);
        }
        var second = Trainer(train, labels, options.Perceptron, log).TrainMean(Scorer(dev), log, options.Runs);
        TaggerModelOutput.Write(second, NerFeatures.DocumentVersion, options.Language, options.Train, options.Perceptron, secondPath, "second pass: dev entity F1 on Cronista's tokens", log);
        return second.DevScore;
    }

    /// <summary>A trainer holding the features of every training sentence, ready for one run or several.</summary>
    private static PerceptronTrainer Trainer(List<NerExample> train, LabelSet labels, PerceptronOptions perceptron, TextWriter log)
    {
        var trainer = new PerceptronTrainer(labels, perceptron);
        var features = new SentenceFeatures();
        foreach (var example in train)
        {
            foreach (var sentence in example.Document.Sentences)
            {
                NerFeatures.Extract(example.Document, sentence.FirstToken, sentence.EndToken, features);
                trainer.Add(features, example.Gold.AsSpan(sentence.FirstToken, sentence.TokenCount));
            }
        }
        log.WriteLine($"training on {trainer.Sentences:N0} sentences, {trainer.Tokens:N0} tokens");
        return trainer;
    }

    private static Func<SequenceModel, double>? Scorer(List<NerExample>? dev) => dev is null ? null : model => Score(model, dev);

    /// <summary>Entity micro F1 on Cronista's tokens (exact span and type); `cronista eval ner` gives the official figure on gold tokens.</summary>
    private static double Score(SequenceModel model, List<NerExample> dev)
    {
        long correct = 0, predicted = 0, gold = 0;
        foreach (var example in dev)
        {
            var found = example.Predicted(model).ToList();
            predicted += found.Count;
            gold += example.GoldEntities.Count;
            correct += found.Count(example.GoldEntities.Contains);
        }
        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static List<NerExample> Prepare(GoldCorpus corpus, NerTrainingOptions options, Analyzer rules, LabelSet labels)
    {
        var examples = new NerExample[corpus.Documents.Length];
        Parallel.For(0, examples.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) },
            i => examples[i] = NerExample.Build(corpus.Documents[i], options.Language, rules, labels));
        return [.. examples];
    }

    private static bool SamePath(string a, string? b) => b is not null && Path.GetFullPath(a) == Path.GetFullPath(b);
}

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
internal sealed record NerTrainingOptions(string Language, IReadOnlyList<string> Train, string? Dev, string Output, int HeldOutEvery, PerceptronOptions Perceptron, int Threads);

/// <summary>Trains the entity tagger of one language: reads gold files, analyses them with the rules, learns, writes the model.</summary>
internal static class NerTraining
{
    public static double Run(NerTrainingOptions options, TextWriter log)
    {
        // Every model tags CoNLL's four types; formats without MISC (KIND) simply never use it.
        var labels = LabelSet.Iob2(LabelScheme.Conll.Types);
        // The tagger reads what the stages up to the rules' mentions give; the later stages would only cost time.
        var rules = Analyzer.Create(new AnalyzerOptions(LearnedEntities: false, LastStage: MentionStage.StageName));
        var trainer = new PerceptronTrainer(labels, options.Perceptron);
        var features = new SentenceFeatures();
        foreach (var path in options.Train)
        {
            var corpus = DamagedText.Repair(GoldReader.Read(path));
            if (options.HeldOutEvery > 1 && SamePath(path, options.Dev))
                corpus = HeldOut.Select(corpus, options.HeldOutEvery, heldOut: false);
            var examples = Prepare(corpus, options, rules, labels);
            foreach (var example in examples)
            {
                foreach (var sentence in example.Document.Sentences)
                {
                    NerFeatures.Extract(example.Document, sentence.FirstToken, sentence.EndToken, features);
                    trainer.Add(features, example.Gold.AsSpan(sentence.FirstToken, sentence.TokenCount));
                }
            }
            log.WriteLine($"{path}: {corpus.SentenceCount:N0} sentences, {corpus.TokenCount:N0} gold tokens");
        }
        log.WriteLine($"training on {trainer.Sentences:N0} sentences, {trainer.Tokens:N0} tokens");
        List<NerExample>? dev = null;
        if (options.Dev is { } devPath)
        {
            var corpus = GoldReader.Read(devPath);
            if (options.HeldOutEvery > 1 && options.Train.Any(p => SamePath(p, devPath)))
                corpus = HeldOut.Select(corpus, options.HeldOutEvery, heldOut: true);
            dev = Prepare(corpus, options, rules, labels);
            log.WriteLine($"dev {devPath}: {corpus.SentenceCount:N0} sentences");
        }
        var weights = trainer.Train(dev is null ? null : model => Score(model, dev), log);
        TaggerModelOutput.Write(weights, NerFeatures.Version, options.Language, options.Train, options.Perceptron, options.Output, "dev entity F1 on Cronista's tokens", log);
        return weights.DevScore;
    }

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

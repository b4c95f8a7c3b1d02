using Cronista.Entities.Learned;
using Cronista.Learning.Clusters;
using Cronista.Learning.Corpora;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;
using Cronista.Words;

namespace Cronista.Eval.Training;

/// <summary>What to train a part-of-speech tagger on.</summary>
/// <param name="Language">The language of every file.</param>
/// <param name="Train">CoNLL-U files to learn from.</param>
/// <param name="Dev">The CoNLL-U file that picks the best epoch.</param>
/// <param name="Output">Where the model is written.</param>
/// <param name="Perceptron">The learner's settings.</param>
/// <param name="Words">Learn from syntactic words rather than surface tokens: for English, whose tokenizer splits "don't"
/// into "do" and "n't" as UD's words do.</param>
/// <param name="Runs">How many runs, in different sentence orders (seeds from <see cref="PerceptronOptions.Seed"/> on),
/// are averaged into the model.</param>
internal sealed record PosTrainingOptions(string Language, IReadOnlyList<string> Train, string? Dev, string Output, PerceptronOptions Perceptron, bool Words = false, int Runs = 1);

/// <summary>Trains the part-of-speech tagger of one language on Universal Dependencies treebanks.</summary>
/// <remarks>The tagger tags tokens as Cronista's tokenizer leaves them: in Italian, German and French a contraction
/// ("della", "zum", "du") is one token whose label joins its words' tags ("ADP+DET"); English clitics are split.</remarks>
internal static class PosTraining
{
    public static double Run(PosTrainingOptions options, TextWriter log)
    {
        var clusters = WordClusters.ForLanguage(options.Language);
        var train = options.Train.SelectMany(path => ConlluReader.Read(path, options.Words)).ToList();
        var labels = new LabelSet(train.SelectMany(s => s.Tokens.Select(t => t.Upos)).Distinct().Order(StringComparer.Ordinal), bio: false);
        var trainer = new PerceptronTrainer(labels, options.Perceptron);
        var features = new SentenceFeatures();
        foreach (var sentence in train)
        {
            PosFeatures.Extract(Atoms(sentence, clusters), features);
            trainer.Add(features, [.. sentence.Tokens.Select(t => labels.IndexOf(t.Upos))]);
        }
        log.WriteLine($"training on {trainer.Sentences:N0} sentences, {trainer.Tokens:N0} tokens, {labels.Count} labels");
        var dev = options.Dev is null ? null : ConlluReader.Read(options.Dev, options.Words).Select(s => (Atoms: Atoms(s, clusters), Gold: s.Tokens.Select(t => t.Upos).ToArray())).ToList();
        var weights = trainer.TrainMean(dev is null ? null : model => Accuracy(model, dev), log, options.Runs);
        TaggerModelOutput.Write(weights, PosFeatures.Version, options.Language, options.Train, options.Perceptron, options.Output, "dev UPOS accuracy", log);
        return weights.DevScore;
    }

    private static TokenAtoms[] Atoms(ConlluSentence sentence, IWordClusters? clusters) =>
        [.. sentence.Tokens.Select(t => TokenAtoms.Of(t.Form, clusters))];

    private static double Accuracy(SequenceModel model, List<(TokenAtoms[] Atoms, string[] Gold)> dev)
    {
        var buffer = new SentenceFeatures();
        long right = 0, all = 0;
        foreach (var (atoms, gold) in dev)
        {
            var tags = new int[atoms.Length];
            PosFeatures.Extract(atoms, buffer);
            model.Decode(buffer, tags);
            for (var i = 0; i < tags.Length; i++)
                right += model.Labels.Names[tags[i]] == gold[i] ? 1 : 0;
            all += tags.Length;
        }
        return all == 0 ? 0 : (double)right / all;
    }
}

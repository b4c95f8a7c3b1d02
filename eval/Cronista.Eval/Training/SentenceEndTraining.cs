using System.Collections.Immutable;
using Cronista.Eval.Ner;
using Cronista.Eval.Ud;
using Cronista.Learning.Clusters;
using Cronista.Learning.Corpora;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;
using Cronista.Text;
using Cronista.Text.Boundaries;

namespace Cronista.Eval.Training;

/// <summary>What to train a sentence-end classifier on.</summary>
/// <param name="Language">The language of every file.</param>
/// <param name="Train">CoNLL-U files to learn from.</param>
/// <param name="Dev">The CoNLL-U file that picks the best epoch.</param>
/// <param name="Output">Where the model is written.</param>
/// <param name="Perceptron">The learner's settings.</param>
internal sealed record SentenceEndTrainingOptions(string Language, IReadOnlyList<string> Train, string? Dev, string Output, PerceptronOptions Perceptron);

/// <summary>Trains the sentence-end classifier of one language on Universal Dependencies treebanks.</summary>
/// <remarks>Each treebank is rebuilt into raw text as <c>eval ud</c> scores it, and split by Cronista's own tokenizer and
/// splitter; at every place the splitter asks the classifier, the gold sentences give the answer, which the splitter
/// then follows. The examples are therefore exactly the questions the splitter asks at run time.</remarks>
internal static class SentenceEndTraining
{
    public static double Run(SentenceEndTrainingOptions options, TextWriter log)
    {
        var rules = new TokenizationRuleSet().For(options.Language);
        var labels = SentenceEndFeatures.Labels;
        var trainer = new PerceptronTrainer(labels, options.Perceptron);
        var clusters = WordClusters.ForLanguage(options.Language);
        var recorder = new GoldEnds(trainer, clusters);
        foreach (var document in options.Train.SelectMany(Documents))
            recorder.Split(document, rules);
        log.WriteLine($"training on {trainer.Tokens:N0} places a sentence may end");
        var dev = options.Dev is null ? null : Documents(options.Dev).ToList();
        var weights = trainer.Train(dev is null ? null : model => SentenceF1(new SentenceEndModel(model, clusters), dev, rules), log);
        TaggerModelOutput.Write(weights, SentenceEndFeatures.Version, options.Language, options.Train, options.Perceptron, options.Output, "dev sentence F1", log);
        return weights.DevScore;
    }

    private static IEnumerable<UdGoldDocument> Documents(string path) => UdGoldText.Build(ConlluReader.Read(path), Path.GetFileName(path));

    /// <summary>Sentence F1 on the dev documents, as <c>eval ud</c> measures it.</summary>
    private static double SentenceF1(ISentenceEnds ends, List<UdGoldDocument> dev, TokenizationRules rules)
    {
        var score = default(PrfScore);
        foreach (var document in dev)
        {
            var tokens = Tokenizer.Tokenize(document.Text, rules);
            var sentences = SentenceSplitter.Split(document.Text, tokens, rules, ends);
            score += SpanScorer.Score(document.Sentences, sentences.Select(s => s.Span));
        }
        return score.F1;
    }

    /// <summary>Answers the splitter from the gold sentences and adds every question and answer to the trainer.</summary>
    private sealed class GoldEnds(PerceptronTrainer trainer, IWordClusters? clusters) : ISentenceEnds
    {
        private readonly SentenceFeatures _features = new();
        private HashSet<int> _goldEnds = [];

        public void Split(UdGoldDocument document, TokenizationRules rules)
        {
            _goldEnds = [.. document.Sentences.Select(s => s.End)];
            SentenceSplitter.Split(document.Text, Tokenizer.Tokenize(document.Text, rules), rules, this);
        }

        public bool Ends(string text, ImmutableArray<Token> tokens, int mark, int last)
        {
            var ends = _goldEnds.Contains(tokens[last].Span.End) || _goldEnds.Contains(tokens[mark].Span.End);
            SentenceEndFeatures.Extract(text, tokens, mark, last, clusters, _features);
            trainer.Add(_features, [ends ? 0 : 1]);
            return ends;
        }
    }
}

using System.Collections.Concurrent;
using Cronista.Attributions;
using Cronista.Core;
using Cronista.Eval.Attributions;
using Cronista.Learning.Perceptron;

namespace Cronista.Eval.Training;

/// <summary>What 'train attribution' needs: the PolNeAR data folder, where to write, and how to train.</summary>
internal sealed record AttributionTrainingOptions(string Gold, string Output, PerceptronOptions Perceptron, int Threads);

/// <summary>Trains the cue tagger of the attribute-spans stage on PolNeAR train, keeping the epoch whose cue chunks
/// score best on PolNeAR dev.</summary>
internal static class AttributionTraining
{
    private const string Language = "en";

    public static int Run(AttributionTrainingOptions options, TextWriter log)
    {
        // Stop before attribute-spans: it would load the shipped tagger, which may be of other features than these.
        var analyzer = Analyzer.Create(new AnalyzerOptions(LastStage: "tag-words"));
        var lexicon = AttributionCues.Load(Language);
        var trainer = new PerceptronTrainer(CueTagger.Labels, options.Perceptron);
        foreach (var (features, gold) in Examples(analyzer, lexicon, Path.Combine(options.Gold, "train"), options.Threads))
            trainer.Add(features, gold);
        var dev = Examples(analyzer, lexicon, Path.Combine(options.Gold, "dev"), options.Threads);
        log.WriteLine($"train: {trainer.Sentences:N0} sentences, {trainer.Tokens:N0} tokens; dev: {dev.Count:N0} sentences");
        var weights = trainer.Train(model => ChunkF1(model, dev), log);
        TaggerModelOutput.Write(weights, CueFeatures.Version, Language, [Path.Combine(options.Gold, "train")], options.Perceptron, options.Output, "dev cue F1", log);
        return 0;
    }

    /// <summary>One example a sentence, in corpus order whatever the threads, so that the same data gives the same model.</summary>
    private static List<(SentenceFeatures Features, int[] Gold)> Examples(Analyzer analyzer, AttributionCues? lexicon, string folder, int threads)
    {
        var documents = PolnearCorpus.Read(folder);
        var examples = new ConcurrentDictionary<int, List<(SentenceFeatures, int[])>>();
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var document = analyzer.Analyze(Document.Create(documents[i].Text, new DocumentMetadata($"train:{documents[i].Name}", Language: Language)), CancellationToken.None);
            examples[i] = Label(document, lexicon, documents[i].Gold);
        });
        return [.. Enumerable.Range(0, documents.Count).SelectMany(i => examples[i])];
    }

    /// <summary>The sentences of one document with their gold BIO cue labels: a token is in a cue when it lies within
    /// one of the cue's segments.</summary>
    internal static List<(SentenceFeatures, int[])> Label(Document document, AttributionCues? lexicon, List<BratAttribution> gold)
    {
        var words = new SentenceWords(document);
        // Span ids: 2n for the n-th cue, 2n + 1 for its source, so that neighbouring spans stay apart.
        var span = new int[words.Tokens.Length];
        var id = 0;
        foreach (var attribution in gold)
        {
            id += 2;
            Mark(words, attribution.Cue, span, id);
            Mark(words, attribution.Source, span, id + 1);
        }
        var examples = new List<(SentenceFeatures, int[])>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            var features = new SentenceFeatures();
            CueFeatures.Extract(words, lexicon, sentence.FirstToken, sentence.EndToken, features);
            var labels = new int[sentence.EndToken - sentence.FirstToken];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (span[k] != 0)
                    labels[k - sentence.FirstToken] = CueTagger.Labels.IndexOf((k > sentence.FirstToken && span[k - 1] == span[k] ? "I-" : "B-") + (span[k] % 2 == 0 ? "CUE" : "SOURCE"));
            }
            examples.Add((features, labels));
        }
        return examples;
    }

    private static void Mark(SentenceWords words, System.Collections.Immutable.ImmutableArray<TextSpan> segments, int[] span, int id)
    {
        foreach (var segment in segments)
        {
            for (var k = 0; k < words.Tokens.Length; k++)
            {
                if (words.Tokens[k].Span.Start >= segment.Start && words.Tokens[k].Span.End <= segment.End)
                    span[k] = id;
            }
        }
    }

    /// <summary>F1 of exact cue chunks.</summary>
    private static double ChunkF1(SequenceModel model, List<(SentenceFeatures Features, int[] Gold)> dev)
    {
        var (right, predicted, expected) = (0, 0, 0);
        var (goldChunks, bestChunks) = (new List<LabelChunk>(), new List<LabelChunk>());
        foreach (var (features, gold) in dev)
        {
            var best = new int[gold.Length];
            model.Decode(features, best);
            goldChunks.Clear();
            bestChunks.Clear();
            model.Labels.AddChunks(gold, 0, goldChunks);
            model.Labels.AddChunks(best, 0, bestChunks);
            right += bestChunks.Count(c => c.Type == "CUE" && goldChunks.Contains(c));
            predicted += bestChunks.Count(c => c.Type == "CUE");
            expected += goldChunks.Count(c => c.Type == "CUE");
        }
        return right == 0 ? 0 : 2.0 * right / (predicted + expected);
    }
}

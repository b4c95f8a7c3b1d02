using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Tests.Learning;

public sealed class PerceptronTrainerTests
{
    // A toy task: capitalised words after "Mr" are people; the model must learn it from the word, its shape and the previous word.
    private static readonly string[][] Sentences =
    [
        ["Mr", "Rossi", "said", "no"],
        ["we", "met", "Mr", "Bianchi", "today"],
        ["Mr", "Verdi", "left"],
        ["the", "cat", "sat"],
        ["Mr", "Neri", "and", "Mr", "Gallo", "spoke"],
    ];

    [Fact]
    public void Learns_a_pattern_and_applies_it_to_words_it_never_saw()
    {
        var model = Train(seed: 1).ToModel(new Dictionary<string, string>());

        var tags = Tag(model, ["yesterday", "Mr", "Esposito", "called"]);

        Assert.Equal(["O", "O", "B-PER", "O"], tags);
    }

    [Fact]
    public void The_same_seed_gives_the_same_model_byte_for_byte()
    {
        Assert.Equal(Bytes(Train(seed: 7)), Bytes(Train(seed: 7)));
    }

    [Fact]
    public void A_written_model_reads_back_and_tags_the_same()
    {
        var weights = Train(seed: 1);
        var properties = new Dictionary<string, string> { ["features"] = "toy" };
        using var file = new MemoryStream(Bytes(weights, properties));
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);

        var read = SequenceModelFile.Read(gzip);

        Assert.Equal("toy", read.Properties["features"]);
        Assert.Equal(Tag(weights.ToModel(properties), ["Mr", "Conte", "won"]), Tag(read, ["Mr", "Conte", "won"]));
    }

    [Fact]
    public void A_sentence_needs_one_gold_label_per_token()
    {
        var trainer = new PerceptronTrainer(LabelSet.Iob2(["PER"]), new PerceptronOptions());
        var features = Features(["a", "b"]);

        Assert.Throws<ArgumentException>(() => trainer.Add(features, [0]));
    }

    [Fact]
    public void A_seed_given_to_train_replaces_the_options_seed_so_one_trainer_serves_several_runs()
    {
        var trainer = Trainer(seed: 1);

        var rerun = trainer.Train(null, TextWriter.Null, seed: 7);

        Assert.Equal(Bytes(Train(seed: 7)), Bytes(rerun));
        Assert.NotEqual(Bytes(Train(seed: 1)), Bytes(rerun));
        Assert.Equal(Bytes(Train(seed: 1)), Bytes(trainer.Train(null, TextWriter.Null)));
    }

    private static TrainedWeights Train(int seed) => Trainer(seed).Train(null, TextWriter.Null);

    private static PerceptronTrainer Trainer(int seed)
    {
        var labels = LabelSet.Iob2(["PER"]);
        var trainer = new PerceptronTrainer(labels, new PerceptronOptions(Epochs: 5, Seed: seed, MinCount: 1, Prune: 0));
        foreach (var sentence in Sentences)
        {
            var gold = sentence.Select((w, i) => i > 0 && sentence[i - 1] == "Mr" ? labels.IndexOf("B-PER") : 0).ToArray();
            trainer.Add(Features(sentence), gold);
        }
        return trainer;
    }

    private static string[] Tag(SequenceModel model, string[] words)
    {
        var best = new int[words.Length];
        model.Decode(Features(words), best);
        return [.. best.Select(b => model.Labels.Names[b])];
    }

    private static SentenceFeatures Features(string[] words)
    {
        var features = new SentenceFeatures();
        for (var i = 0; i < words.Length; i++)
        {
            features.NextToken();
            var atoms = TokenAtoms.Of(words[i], null);
            features.Add(FeatureHash.Key(1, atoms.ShortShape));
            features.Add(FeatureHash.Key(3, atoms.Lower));
            features.Add(FeatureHash.Key(2, i > 0 ? FeatureHash.Of(words[i - 1]) : 0));
        }
        return features;
    }

    private static byte[] Bytes(TrainedWeights weights, Dictionary<string, string>? properties = null)
    {
        using var stream = new MemoryStream();
        weights.Write(stream, properties ?? new Dictionary<string, string>());
        return stream.ToArray();
    }
}

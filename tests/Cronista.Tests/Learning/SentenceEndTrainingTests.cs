using Cronista.Eval.Training;
using Cronista.Learning.Perceptron;
using Cronista.Text;
using Cronista.Text.Boundaries;

namespace Cronista.Tests.Learning;

/// <summary>Training the sentence-end classifier on a tiny treebank whose sentences may start in lower case.</summary>
public sealed class SentenceEndTrainingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cronista-sentences-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>One CoNLL-U document per pair: a sentence, then one that starts in lower case; each with its own words.</summary>
    private string Treebank(string name, int documents)
    {
        var lines = new List<string>();
        for (var d = 0; d < documents; d++)
        {
            lines.Add($"# newdoc id = d{d}");
            foreach (var words in new[] { new[] { "Arriva", $"parola{d}" }, new[] { "poi", $"altra{d}" } })
            {
                lines.Add($"# text = {words[0]} {words[1]}.");
                lines.Add($"1\t{words[0]}\t_\tX\t_\t_\t0\troot\t_\t_");
                lines.Add($"2\t{words[1]}\t_\tX\t_\t_\t1\tdep\t_\tSpaceAfter=No");
                lines.Add("3\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_");
                lines.Add("");
            }
        }
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void The_classifier_learns_a_convention_the_rules_do_not_know_and_the_same_seed_gives_the_same_file()
    {
        var train = Treebank("train.conllu", 40);
        var dev = Treebank("dev.conllu", 5);
        var first = Path.Combine(_folder, "a.bin.gz");
        var second = Path.Combine(_folder, "b.bin.gz");
        var perceptron = new PerceptronOptions(Epochs: 3, MinCount: 1);

        var score = SentenceEndTraining.Run(new SentenceEndTrainingOptions("it", [train], dev, first, perceptron), TextWriter.Null);
        SentenceEndTraining.Run(new SentenceEndTrainingOptions("it", [train], dev, second, perceptron), TextWriter.Null);

        Assert.Equal(1.0, score);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var model = new SentenceEndModel(SequenceModelFile.Load(first), clusters: null);
        const string text = "Arriva domani. poi riparte.";
        var rules = new TokenizationRuleSet().For("it");
        var tokens = Tokenizer.Tokenize(text, rules);
        Assert.Equal(2, SentenceSplitter.Split(text, tokens, rules, model).Length);
        Assert.Single(SentenceSplitter.Split(text, tokens, rules));
    }
}

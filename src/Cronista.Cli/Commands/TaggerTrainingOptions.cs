using System.CommandLine;
using Cronista.Learning.Perceptron;

namespace Cronista.Cli.Commands;

/// <summary>The options every 'train' subcommand of a tagger shares: the data, the output and the perceptron's settings.</summary>
internal sealed class TaggerTrainingOptions
{
    public Option<string> Language { get; } = new("--lang") { Description = "The language of the data (it, en, de, fr).", Required = true };

    public Option<FileInfo[]> Train { get; } = new("--train") { Description = "Gold files to learn from.", Required = true, AllowMultipleArgumentsPerToken = true };

    public Option<FileInfo?> Dev { get; } = new("--dev") { Description = "The gold file that picks the best epoch." };

    public Option<FileInfo> Output { get; } = new("--out") { Description = "Where to write the model, e.g. models/it/ner.bin.gz.", Required = true };

    public Option<int> Epochs { get; } = new("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 10 };

    public Option<int> Seed { get; } = new("--seed") { Description = "Orders the sentences of each pass; the same seed gives the same model.", DefaultValueFactory = _ => 1 };

    public Option<int> MinCount { get; } = new("--min-count") { Description = "Leave out features seen fewer times than this.", DefaultValueFactory = _ => 2 };

    public Option<float> Prune { get; } = new("--prune") { Description = "Leave out features whose averaged weights all stay below this.", DefaultValueFactory = _ => 0.001f };

    /// <summary>Adds every shared option to the command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Language, Train, Dev, Output, Epochs, Seed, MinCount, Prune })
            command.Options.Add(option);
    }

    /// <summary>The perceptron's settings as given.</summary>
    public PerceptronOptions Perceptron(ParseResult parse) =>
        new(parse.GetValue(Epochs), parse.GetValue(Seed), parse.GetValue(MinCount), parse.GetValue(Prune));

    /// <summary>The first of the training and dev files that does not exist, or null.</summary>
    public FileInfo? Missing(ParseResult parse) =>
        parse.GetValue(Train)!.Append(parse.GetValue(Dev)).FirstOrDefault(f => f is not null && !f.Exists);
}

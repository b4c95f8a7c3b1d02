using System.CommandLine;
using Cronista.Eval.Training;
using Cronista.Learning.Perceptron;

namespace Cronista.Cli.Commands;

/// <summary>'train attribution': trains the English cue tagger of the attribute-spans stage on PolNeAR.</summary>
internal static class TrainAttributionCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "The PolNeAR data folder, holding train/ and dev/.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model, e.g. models/en/attribution-cues.bin.gz.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data; the best on dev is kept.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Orders the sentences of each pass; the same seed gives the same model.", DefaultValueFactory = _ => 1 };
        var minCount = new Option<int>("--min-count") { Description = "Leave out features seen fewer times than this.", DefaultValueFactory = _ => 2 };
        var prune = new Option<float>("--prune") { Description = "Leave out features whose averaged weights all stay below this.", DefaultValueFactory = _ => 0.001f };
        var threads = new Option<int>("--threads") { Description = "Articles analysed at once.", DefaultValueFactory = _ => 2 };
        var command = new Command("attribution", "Train the English attribution cue tagger (averaged perceptron, BIO) on PolNeAR train, picking the epoch on dev.")
        {
            gold, output, epochs, seed, minCount, prune, threads,
        };
        command.SetAction(parse =>
        {
            var options = new AttributionTrainingOptions(parse.GetValue(gold)!.FullName, parse.GetValue(output)!.FullName,
                new PerceptronOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(minCount), parse.GetValue(prune)), Math.Max(1, parse.GetValue(threads)));
            return TrainingRun.Guard("attribution", parse.InvocationConfiguration.Error, () => AttributionTraining.Run(options, parse.InvocationConfiguration.Output));
        });
        return command;
    }
}

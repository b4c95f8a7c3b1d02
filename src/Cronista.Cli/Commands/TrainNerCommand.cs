using System.CommandLine;
using Cronista.Eval.Training;

namespace Cronista.Cli.Commands;

/// <summary>'train ner': trains a language's entity tagger from gold files.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var shared = new TaggerTrainingOptions();
        var heldOut = new Option<int>("--held-out-every") { Description = "When the dev file is also a training file, hold out every n-th sentence of it as dev.", DefaultValueFactory = _ => 0 };
        var threads = new Option<int>("--threads") { Description = "Documents analysed at once while preparing the data.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var onePass = new Option<bool>("--one-pass") { Description = "Train only the first pass (and remove a second-pass model beside --out)." };
        var runs = new Option<int>("--runs") { Description = "Average this many runs, with seeds from --seed on, into each model.", DefaultValueFactory = _ => 1 };
        var command = new Command("ner", "Train the named-entity tagger of one language (averaged perceptron, Viterbi decoding, two passes) on CoNLL, KIND or GermEval files.") { heldOut, threads, onePass, runs };
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (shared.Missing(parse) is { } missing)
            {
                error.WriteLine($"cronista train ner: '{missing.FullName}' not found.");
                return ExitCodes.SomeFailed;
            }
            var options = new NerTrainingOptions(
                parse.GetValue(shared.Language)!,
                [.. parse.GetValue(shared.Train)!.Select(f => f.FullName)],
                parse.GetValue(shared.Dev)?.FullName,
                parse.GetValue(shared.Output)!.FullName,
                parse.GetValue(heldOut),
                shared.Perceptron(parse),
                Math.Max(1, parse.GetValue(threads)),
                !parse.GetValue(onePass),
                Math.Max(1, parse.GetValue(runs)));
            return TrainingRun.Guard("ner", error, () => NerTraining.Run(options, parse.InvocationConfiguration.Output));
        });
        return command;
    }
}

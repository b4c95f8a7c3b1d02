using System.CommandLine;
using Cronista.Eval.Training;

namespace Cronista.Cli.Commands;

/// <summary>'train pos': trains a language's part-of-speech tagger from Universal Dependencies files.</summary>
internal static class TrainPosCommand
{
    public static Command Create()
    {
        var shared = new TaggerTrainingOptions();
        var words = new Option<bool>("--words") { Description = "Learn from syntactic words, not surface tokens (for a tokenizer that splits contractions, as English's does)." };
        var runs = new Option<int>("--runs") { Description = "Average this many runs, with seeds from --seed on, into the model.", DefaultValueFactory = _ => 1 };
        var command = new Command("pos", "Train the part-of-speech tagger of one language (averaged perceptron, Viterbi decoding) on CoNLL-U files.") { words, runs };
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (shared.Missing(parse) is { } missing)
            {
                error.WriteLine($"cronista train pos: '{missing.FullName}' not found.");
                return ExitCodes.SomeFailed;
            }
            var options = new PosTrainingOptions(
                parse.GetValue(shared.Language)!,
                [.. parse.GetValue(shared.Train)!.Select(f => f.FullName)],
                parse.GetValue(shared.Dev)?.FullName,
                parse.GetValue(shared.Output)!.FullName,
                shared.Perceptron(parse),
                parse.GetValue(words),
                Math.Max(1, parse.GetValue(runs)));
            return TrainingRun.Guard("pos", error, () => PosTraining.Run(options, parse.InvocationConfiguration.Output));
        });
        return command;
    }
}

using System.CommandLine;
using Cronista.Eval.Training;

namespace Cronista.Cli.Commands;

/// <summary>'train sentences': trains a language's sentence-end classifier from Universal Dependencies files.</summary>
internal static class TrainSentencesCommand
{
    public static Command Create()
    {
        var shared = new TaggerTrainingOptions();
        var command = new Command("sentences", "Train the sentence-end classifier of one language (averaged perceptron) on CoNLL-U files.");
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (shared.Missing(parse) is { } missing)
            {
                error.WriteLine($"cronista train sentences: '{missing.FullName}' not found.");
                return ExitCodes.SomeFailed;
            }
            var options = new SentenceEndTrainingOptions(
                parse.GetValue(shared.Language)!,
                [.. parse.GetValue(shared.Train)!.Select(f => f.FullName)],
                parse.GetValue(shared.Dev)?.FullName,
                parse.GetValue(shared.Output)!.FullName,
                shared.Perceptron(parse));
            return TrainingRun.Guard("sentences", error, () => SentenceEndTraining.Run(options, parse.InvocationConfiguration.Output));
        });
        return command;
    }
}

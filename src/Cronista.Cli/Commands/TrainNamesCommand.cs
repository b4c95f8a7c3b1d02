using System.CommandLine;
using Cronista.Eval.Training;

namespace Cronista.Cli.Commands;

/// <summary>'train names': builds the entity tagger's name list (gazetteer) from silver corpora and plain name lists.</summary>
internal static class TrainNamesCommand
{
    public static Command Create()
    {
        var language = new Option<string>("--lang") { Description = "The language whose tokenizer splits the names (it, en, de, fr).", Required = true };
        language.AcceptOnlyFromAmong("it", "en", "de", "fr");
        var tagged = new Option<FileInfo[]>("--tagged") { Description = "Tagged corpora (CoNLL, KIND or GermEval) whose entities become names; not the tagger's own training or dev files.", AllowMultipleArgumentsPerToken = true };
        var lists = new Option<FileInfo[]>("--list") { Description = "Plain lists with one 'TYPE name' per line (TYPE: PER, ORG, LOC or MISC).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the list, e.g. models/it/names.tsv.gz.", Required = true };
        var command = new Command("names", "Build the name list the entity tagger reads as evidence, from tagged corpora and plain lists.")
        {
            language, tagged, lists, output,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var taggedFiles = parse.GetValue(tagged) ?? [];
            var listFiles = parse.GetValue(lists) ?? [];
            if (taggedFiles.Length + listFiles.Length == 0)
            {
                error.WriteLine("cronista train names: give at least one --tagged or --list file.");
                return ExitCodes.Usage;
            }
            if (taggedFiles.Concat(listFiles).FirstOrDefault(f => !f.Exists) is { } missing)
            {
                error.WriteLine($"cronista train names: '{missing.FullName}' not found.");
                return ExitCodes.SomeFailed;
            }
            var options = new NameListOptions(
                parse.GetValue(language)!,
                [.. taggedFiles.Select(f => f.FullName)],
                [.. listFiles.Select(f => f.FullName)],
                parse.GetValue(output)!.FullName);
            return TrainingRun.Guard("names", error, () => NameListTraining.Run(options, parse.InvocationConfiguration.Output));
        });
        return command;
    }
}

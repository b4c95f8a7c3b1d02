using System.CommandLine;
using Cronista.Core;
using Cronista.Entities;

namespace Cronista.Cli.Commands;

/// <summary>The 'build-lexicon' command: writes each language's common-word list from the Universal Dependencies treebanks.</summary>
internal static class BuildLexiconCommand
{
    private const int Size = 6000;

    public static Command Create()
    {
        var ud = new Option<string>("--ud") { Description = "The folder of Universal Dependencies treebanks (../shared/data/ud).", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The folder of per-language entity data.", DefaultValueFactory = _ => "src/Cronista/Entities/Languages" };
        var command = new Command("build-lexicon", "Build the common-word lists that tell names from ordinary capitalised words, from UD treebanks.") { ud, output };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(ud)!;
            if (!Directory.Exists(root))
            {
                parse.InvocationConfiguration.Error.WriteLine($"cronista build-lexicon: no folder '{root}'; pass --ud with the UD treebanks folder.");
                return ExitCodes.SomeFailed;
            }
            foreach (var language in SupportedLanguages.All)
            {
                // Test files stay out: they measure the tokenizer and tagger later.
                var files = Directory.EnumerateFiles(root, $"{language}_*-ud-*.conllu", SearchOption.AllDirectories)
                    .Where(f => !f.EndsWith("-test.conllu", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
                var target = Path.Combine(parse.GetValue(output)!, language, "common-words.txt");
                var count = CommonWordsBuilder.Build(files, target, Size);
                parse.InvocationConfiguration.Output.WriteLine($"{language}: {count} words from {files.Count} files → {target}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

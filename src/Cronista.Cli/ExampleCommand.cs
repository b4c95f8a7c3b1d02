using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Cronista.Cli;

/// <summary>A command whose help ends with notes and worked examples, so that a newcomer can copy one and start.</summary>
internal sealed class ExampleCommand(string name, string description, IReadOnlyList<string> examples, IReadOnlyList<string>? notes = null)
    : Command(name, description)
{
    /// <summary>Complete command lines a newcomer can copy.</summary>
    public IReadOnlyList<string> Examples { get; } = examples;

    /// <summary>What the short description leaves out: input formats, exit codes.</summary>
    public IReadOnlyList<string> Notes { get; } = notes ?? [];

    /// <summary>Makes --help end with "Notes:" and "Examples:" sections for every command that has them.</summary>
    public static void AddExamplesToHelp(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
                helpOption.Action = new WithExamples(help);
        }
    }

    /// <summary>True when the command line asks for help, which is shown even when the rest of it is incomplete.</summary>
    public static bool IsHelp(ParseResult parse) => parse.Action is HelpAction or WithExamples;

    private sealed class WithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var result = help.Invoke(parseResult);
            if (parseResult.CommandResult.Command is ExampleCommand command)
            {
                var output = parseResult.InvocationConfiguration.Output;
                Section(output, "Notes:", command.Notes);
                Section(output, "Examples:", command.Examples);
            }
            return result;
        }

        private static void Section(TextWriter output, string title, IReadOnlyList<string> lines)
        {
            if (lines.Count == 0)
                return;
            output.WriteLine(title);
            foreach (var line in lines)
                output.WriteLine("  " + line);
            output.WriteLine();
        }
    }
}

using System.Text;
using Cronista.Cli;

namespace Cronista.Tests.Cli;

/// <summary>One run of the cronista command with captured output.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

public static class CliRun
{
    public static CliResult Run(params string[] args) => RunWithInput(null, args);

    public static CliResult RunWithInput(string? standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Func<Stream> input = () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? ""));
        var code = CliApp.Run(args, output, error, input);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}

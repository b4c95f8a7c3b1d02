using System.Globalization;

namespace Cronista.Benchmarks.Load;

/// <summary>What the load mode sends and where: a server of its own unless --url names a running one.</summary>
/// <param name="Url">A running server's base address, or null to start one in this process on a free loopback port.</param>
/// <param name="TextFile">The article posted to /api/analyze, or null for the seed (or the first sample when the seed is absent).</param>
/// <param name="Requests">Requests per burst, all in flight at once.</param>
/// <param name="Rounds">Bursts measured, after one warm-up burst.</param>
/// <param name="Json">Print the report as JSON.</param>
internal sealed record LoadOptions(Uri? Url, string? TextFile, int Requests, int Rounds, bool Json)
{
    public const string Usage = "usage: load [--url http://127.0.0.1:8080] [--text FILE] [--requests N] [--rounds N] [--json]";

    /// <summary>Reads the arguments after "load"; false with the problem when one is not understood.</summary>
    public static bool TryParse(string[] args, out LoadOptions options, out string? problem)
    {
        options = new LoadOptions(null, null, 200, 3, false);
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (option)
            {
                case "--url" when Uri.TryCreate(Value(), UriKind.Absolute, out var url):
                    options = options with { Url = url };
                    break;
                case "--text" when Value() is { } file:
                    options = options with { TextFile = file };
                    break;
                case "--requests" when int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    options = options with { Requests = n };
                    break;
                case "--rounds" when int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0:
                    options = options with { Rounds = r };
                    break;
                case "--json":
                    options = options with { Json = true };
                    break;
                default:
                    problem = $"'{option}' is not an option here, or its value is missing or not valid";
                    return false;
            }
        }
        return true;
    }
}

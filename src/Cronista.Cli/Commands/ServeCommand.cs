using System.CommandLine;
using Cronista.Ingest;
using Cronista.Storage;
using Cronista.Web;

namespace Cronista.Cli.Commands;

/// <summary>The 'serve' command: the HTTP API over the store, until Ctrl+C.</summary>
internal static class ServeCommand
{
    /// <summary>The environment variable that gives the token when --token does not.</summary>
    public const string TokenVariable = "CRONISTA_TOKEN";

    public static Command Create()
    {
        var database = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen: one address, or several separated by ';'. Anything but 127.0.0.1, ::1 or localhost is reachable from other machines.",
            HelpName = "URLS",
            DefaultValueFactory = _ => "http://127.0.0.1:8080",
        };
        var token = new Option<string?>("--token")
        {
            Description = $"The token writes (POST /api/documents, POST /api/analyze?store=true) must carry as 'Authorization: Bearer TOKEN'; also read from {TokenVariable}.",
            HelpName = "TOKEN",
        };
        var maxBody = new Option<long>("--max-size")
        {
            Description = $"The largest request body accepted, such as 2MB or 512k; larger ones get 413. [default: {ByteSizes.Format(ServerOptions.DefaultMaxRequestBytes).Replace(" ", "", StringComparison.Ordinal)}]",
            HelpName = "SIZE",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (!ByteSizes.TryParse(text, out var bytes) || bytes < 1)
                    result.AddError($"'{text}' is not a size; write it as 2MB, 512k or a number of bytes.");
                return bytes;
            },
        };
        var behindProxy = new Option<bool>("--behind-proxy")
        {
            Description = "The server listens on loopback but a reverse proxy makes it public: guard writes as for a public address.",
        };
        var command = new ExampleCommand(
            "serve",
            "Serve the HTTP API over the store: analyse articles, store them, and read documents, search, entities and events as JSON. " +
            "The OpenAPI document is at /openapi/v1.json. Ctrl+C stops the server.",
            [
                "cronista serve                                        # http://127.0.0.1:8080, store ./cronista.db",
                "cronista serve --db news.db --urls http://127.0.0.1:9000",
                "CRONISTA_TOKEN=s3cret cronista serve --urls http://0.0.0.0:8080",
            ],
            [
                "Writes need the token whenever one is set; without a token they are allowed only when every address is loopback,",
                "and refused (403) otherwise. Errors are ProblemDetails (application/problem+json).",
            ])
        {
            database, urls, token, maxBody, behindProxy,
        };
        command.SetAction((parse, cancel) => RunAsync(
            new ServerOptions
            {
                DatabasePath = parse.GetValue(database)!,
                Urls = [.. parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                Token = parse.GetValue(token) ?? NonEmpty(Environment.GetEnvironmentVariable(TokenVariable)),
                MaxRequestBytes = parse.GetValue(maxBody) is > 0 and var size ? size : ServerOptions.DefaultMaxRequestBytes,
                BehindProxy = parse.GetValue(behindProxy),
            },
            parse.InvocationConfiguration.Error, cancel));
        return command;
    }

    private static async Task<int> RunAsync(ServerOptions options, TextWriter error, CancellationToken cancel)
    {
        if (options.Urls.Count == 0)
        {
            error.WriteLine("cronista: --urls is empty; give an address such as http://127.0.0.1:8080.");
            return ExitCodes.Usage;
        }
        CronistaServer server;
        try
        {
            server = CronistaServer.Create(options);
        }
        catch (StoreException e)
        {
            error.WriteLine($"cronista: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        await using (server)
        {
            try
            {
                await server.StartAsync(cancel);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or FormatException)
            {
                error.WriteLine($"cronista: cannot listen on {string.Join(", ", options.Urls)}: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.SomeFailed;
            }
            error.WriteLine($"cronista: serving {string.Join(", ", server.Addresses)} (store {options.DatabasePath}); Ctrl+C stops");
            if (options.IsPublic && options.Token is null)
                error.WriteLine($"cronista: reachable beyond loopback without a token: writes are refused; set --token or {TokenVariable} to allow them");
            await server.RunUntilCancelledAsync(cancel);
            error.WriteLine("cronista: stopped");
            return ExitCodes.Ok;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

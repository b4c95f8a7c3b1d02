using Cronista.Cli.Rendering;
using Cronista.Output;
using Cronista.Storage;
using Spectre.Console;

namespace Cronista.Cli.Analysis;

/// <summary>Prints and stores each outcome as it arrives, and counts what worked and what did not.</summary>
internal sealed class BatchRun
{
    private readonly string _format;
    private readonly TextWriter _output;
    private readonly IAnsiConsole? _console;
    private readonly StoreWriter? _store;
    private Action<string> _reportError = _ => { };
    private int _printed;
    private int _storeFailures;

    public BatchRun(string format, TextWriter output, DocumentStore? store)
    {
        _format = format;
        _output = output;
        _console = format == "text" ? Consoles.For(output, Consoles.IsTerminalOutput(output)) : null;
        _store = store is null ? null : new StoreWriter(store, (source, reason) =>
        {
            _storeFailures++;
            Fail(source, reason);
        });
    }

    public int Analysed => _printed - _storeFailures;

    public List<(string Source, string Reason)> Failures { get; } = [];

    public void Handle(ItemOutcome outcome, Action<string> reportError)
    {
        _reportError = reportError;
        if (outcome.Record is not { } record)
        {
            Fail(outcome.Source, outcome.Failure ?? "failed");
            return;
        }
        Print(record);
        _store?.Add(outcome.Source, record);
    }

    /// <summary>Saves what is still queued; call it before the summary.</summary>
    public void Finish(Action<string> reportError)
    {
        _reportError = reportError;
        _store?.Flush();
    }

    public void Summarize(TextWriter error, string? database)
    {
        var stored = database is null || Analysed == 0 ? "" : $"; stored in {database}";
        error.WriteLine($"cronista: {Analysed} analysed, {Failures.Count} failed{stored}");
        if (Failures.Count == 0)
            return;
        error.WriteLine("Failed:");
        foreach (var (source, reason) in Failures)
            error.WriteLine($"  {source}: {reason}");
    }

    private void Fail(string source, string reason)
    {
        Failures.Add((source, reason));
        _reportError($"cronista: {source}: {reason}");
    }

    private void Print(DocumentRecord record)
    {
        switch (_format)
        {
            case "json":
                _output.WriteLine(DocumentRecords.ToIndentedJson(record));
                break;
            case "jsonl":
                _output.WriteLine(DocumentRecords.ToJsonLine(record));
                break;
            case "brief":
                _output.WriteLine(string.Join('\t', record.Id, record.Published ?? "-", record.Language ?? "-", record.Title ?? "(no title)", record.Url ?? record.Source));
                break;
            default:
                if (_printed > 0)
                    _console!.WriteLine();
                DocumentReport.Write(_console!, record);
                break;
        }
        _printed++;
    }
}

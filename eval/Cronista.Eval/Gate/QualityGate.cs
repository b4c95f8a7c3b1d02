using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Cronista.Eval.Gate;

/// <summary>How one floor fared.</summary>
internal enum GateStatus
{
    /// <summary>The measured value is at or above the floor.</summary>
    Pass,

    /// <summary>The measured value is below the floor.</summary>
    Fail,

    /// <summary>The evaluation could not run or did not measure the metric.</summary>
    Error,
}

/// <summary>One line of the gate's report.</summary>
/// <param name="Entry">The floor checked.</param>
/// <param name="Measured">The value measured, when the evaluation ran.</param>
/// <param name="Status">Pass, fail or error.</param>
/// <param name="Message">Why it errored.</param>
/// <param name="RaisedFloor">The new floor written by --update, when it went up.</param>
internal sealed record GateRow(BaselineEntry Entry, double? Measured, GateStatus Status, string? Message = null, double? RaisedFloor = null);

/// <summary>What the gate found.</summary>
/// <param name="SkipReason">Why nothing ran, when nothing did.</param>
/// <param name="Rows">One row per floor.</param>
internal sealed record GateOutcome(string? SkipReason, ImmutableArray<GateRow> Rows)
{
    /// <summary>True when the gate did not run because its data is absent.</summary>
    public bool Skipped => SkipReason is not null;

    /// <summary>True when no floor failed or errored.</summary>
    public bool Passed => Rows.All(r => r.Status == GateStatus.Pass);

    /// <summary>The floors that went up, by full name, for writing back.</summary>
    public IReadOnlyDictionary<string, double> RaisedFloors =>
        Rows.Where(r => r.RaisedFloor is not null).ToDictionary(r => r.Entry.FullName, r => r.RaisedFloor!.Value);
}

/// <summary>Runs every evaluation in the baseline and compares each measured figure with its floor.</summary>
internal sealed class QualityGate(IEnumerable<IGateEvaluator> evaluators)
{
    /// <summary>How far below its floor a figure may fall and still pass: float noise, not a regression.</summary>
    public const double Tolerance = 0.0005;

    /// <summary>Raised floors keep this many decimals, rounded down, so a re-run of the same code passes.</summary>
    private const int FloorDecimals = 4;

    private readonly Dictionary<string, IGateEvaluator> _evaluators = evaluators.ToDictionary(e => e.Section, StringComparer.Ordinal);

    /// <summary>True when the measured value passes the floor.</summary>
    public static bool Passes(double floor, double measured) => measured >= floor - Tolerance;

    /// <summary>The floor after an update: the measured value (rounded down) when that is higher, else the floor unchanged; floors only go up.</summary>
    public static double RaiseFloor(double floor, double measured)
    {
        var scale = Math.Pow(10, FloorDecimals);
        var candidate = Math.Floor(measured * scale + 1e-9) / scale;
        return candidate > floor ? candidate : floor;
    }

    /// <summary>Runs the gate. When the shared data folder is missing nothing runs and the outcome says why.</summary>
    /// <param name="baseline">The floors.</param>
    /// <param name="sharedRoot">The shared data folder gold paths are relative to.</param>
    /// <param name="update">When true, rows carry the raised floor wherever the measured value is higher.</param>
    /// <param name="starting">Told before each evaluation runs, for progress messages.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public GateOutcome Run(Baseline baseline, string sharedRoot, bool update, Action<BaselineEntry>? starting = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(sharedRoot))
            return new GateOutcome($"shared data folder '{sharedRoot}' not found, so no evaluation ran; pass --shared DIR to run the gate", []);
        var cache = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        var rows = ImmutableArray.CreateBuilder<GateRow>();
        foreach (var entry in baseline.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_evaluators.TryGetValue(entry.Section, out var evaluator))
            {
                rows.Add(new GateRow(entry, null, GateStatus.Error,
                    $"no evaluator for section '{entry.Section}'; known sections: {string.Join(", ", _evaluators.Keys.Order(StringComparer.Ordinal))}"));
                continue;
            }
            IReadOnlyDictionary<string, double> metrics;
            try
            {
                // Entries that differ only in metric and floor share one run.
                var key = entry.Section + "\n" + SettingsKey(entry);
                if (!cache.TryGetValue(key, out metrics!))
                {
                    starting?.Invoke(entry);
                    metrics = evaluator.Measure(entry, sharedRoot, cancellationToken);
                    cache[key] = metrics;
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                rows.Add(new GateRow(entry, null, GateStatus.Error, error.Message));
                continue;
            }
            if (!metrics.TryGetValue(entry.Metric, out var measured))
            {
                rows.Add(new GateRow(entry, null, GateStatus.Error,
                    $"metric '{entry.Metric}' is not measured; choose one of {string.Join(", ", metrics.Keys.Order(StringComparer.Ordinal))}"));
                continue;
            }
            var status = Passes(entry.Floor, measured) ? GateStatus.Pass : GateStatus.Fail;
            var raised = update ? RaiseFloor(entry.Floor, measured) : entry.Floor;
            rows.Add(new GateRow(entry, measured, status, RaisedFloor: raised > entry.Floor ? raised : null));
        }
        return new GateOutcome(null, rows.ToImmutable());
    }

    private static string SettingsKey(BaselineEntry entry)
    {
        var settings = entry.Settings.DeepClone().AsObject();
        settings.Remove("metric");
        settings.Remove("floor");
        return settings.ToJsonString();
    }
}

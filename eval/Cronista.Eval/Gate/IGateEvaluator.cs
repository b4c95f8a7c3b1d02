namespace Cronista.Eval.Gate;

/// <summary>Runs the evaluations of one baseline section and returns every figure they measure.</summary>
/// <remarks>Add a scorer to the gate by implementing this and listing it in <see cref="GateEvaluators"/>.</remarks>
internal interface IGateEvaluator
{
    /// <summary>The baseline section this evaluator serves ("ner").</summary>
    string Section { get; }

    /// <summary>Runs one evaluation; <paramref name="sharedRoot"/> is the shared data folder that gold paths are relative to.</summary>
    /// <returns>Every figure measured, by the names entries use as "metric".</returns>
    /// <exception cref="BaselineException">The entry's settings are wrong or its data is missing.</exception>
    IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken);
}

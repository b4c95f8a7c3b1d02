using System.Collections.Immutable;

namespace Cronista.Learning.Perceptron;

/// <summary>The averaged weights a training run produced, ready to be used or written.</summary>
/// <param name="Labels">The labels.</param>
/// <param name="Keys">The feature keys kept.</param>
/// <param name="Weights">One weight per label for each key, row-major.</param>
/// <param name="Transitions">Label-to-label weights, ((labels + 1) × labels).</param>
public sealed record TrainedWeights(LabelSet Labels, ulong[] Keys, float[] Weights, float[] Transitions)
{
    /// <summary>What the dev set scored with these weights; NaN when training had no dev set.</summary>
    public double DevScore { get; init; } = double.NaN;

    /// <summary>A model that decodes with these weights.</summary>
    public SequenceModel ToModel(IReadOnlyDictionary<string, string> properties) =>
        new(Labels, new WeightTable(Keys, Weights, Labels.Count), Transitions, properties.ToImmutableDictionary(StringComparer.Ordinal));

    /// <summary>Writes the weights as a model file.</summary>
    public void Write(Stream output, IReadOnlyDictionary<string, string> properties) =>
        SequenceModelFile.Write(output, Labels, Keys, Weights, Transitions, properties);

    /// <summary>The mean of several runs' weights over the same labels (a key a run lacks counts as 0 there): runs that
    /// differ only in the order they saw the sentences disagree on rare evidence, and their mean is steadier than any.</summary>
    /// <exception cref="ArgumentException">No runs, or runs with different labels.</exception>
    public static TrainedWeights Mean(IReadOnlyList<TrainedWeights> runs)
    {
        if (runs.Count == 0 || runs.Any(r => !r.Labels.Names.SequenceEqual(runs[0].Labels.Names)))
            throw new ArgumentException("Weights can be averaged only over at least one run, all with the same labels.", nameof(runs));
        var labels = runs[0].Labels.Count;
        var rows = new Dictionary<ulong, float[]>();
        foreach (var run in runs)
        {
            for (var k = 0; k < run.Keys.Length; k++)
            {
                if (!rows.TryGetValue(run.Keys[k], out var row))
                    rows[run.Keys[k]] = row = new float[labels];
                for (var l = 0; l < labels; l++)
                    row[l] += run.Weights[k * labels + l] / runs.Count;
            }
        }
        var keys = rows.Keys.Order().ToArray();
        var weights = new float[keys.Length * labels];
        for (var k = 0; k < keys.Length; k++)
            rows[keys[k]].CopyTo(weights, k * labels);
        var transitions = new float[runs[0].Transitions.Length];
        foreach (var run in runs)
        {
            for (var t = 0; t < transitions.Length; t++)
                transitions[t] += run.Transitions[t] / runs.Count;
        }
        return new TrainedWeights(runs[0].Labels, keys, weights, transitions);
    }
}

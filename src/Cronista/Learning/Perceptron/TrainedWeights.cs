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
}

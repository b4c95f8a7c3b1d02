using System.Collections.Immutable;

namespace Cronista.Learning.Perceptron;

/// <summary>A trained linear sequence tagger: feature weights per label, label transitions, Viterbi decoding.</summary>
/// <remarks>Thread-safe: decoding only reads the model.</remarks>
public sealed class SequenceModel(LabelSet labels, WeightTable weights, float[] transitions, ImmutableDictionary<string, string> properties)
{
    /// <summary>The labels the model chooses from.</summary>
    public LabelSet Labels { get; } = labels;

    /// <summary>The feature weights.</summary>
    public WeightTable Weights { get; } = weights;

    /// <summary>Label-to-label scores, ((labels + 1) × labels); the last row scores a sentence's first label.</summary>
    public ReadOnlySpan<float> Transitions => transitions;

    /// <summary>What the model was trained on and with which features, as written by its trainer.</summary>
    public ImmutableDictionary<string, string> Properties { get; } = properties;

    /// <summary>The best label of every token of a sentence.</summary>
    public void Decode(SentenceFeatures features, Span<int> best)
    {
        var labels = Labels.Count;
        var tokens = features.Tokens;
        var emissions = features.Scores(tokens * labels);
        for (var t = 0; t < tokens; t++)
            Weights.AddScores(features.Of(t), emissions.Slice(t * labels, labels));
        Viterbi.Decode(emissions, transitions, Labels.Allowed.AsSpan(), labels, best[..tokens]);
    }
}

namespace Cronista.Learning.Perceptron;

/// <summary>How a structured perceptron is trained.</summary>
/// <param name="Epochs">Passes over the training sentences; the epoch that scores best on the dev set is kept.</param>
/// <param name="Seed">Decides the order of sentences in each pass; the same seed and data give the same model.</param>
/// <param name="MinCount">Features seen fewer times than this in training are left out.</param>
/// <param name="Prune">Features whose largest averaged weight is below this (in absolute value) are left out of the saved model.</param>
public sealed record PerceptronOptions(int Epochs = 10, int Seed = 1, int MinCount = 2, float Prune = 0.001f);

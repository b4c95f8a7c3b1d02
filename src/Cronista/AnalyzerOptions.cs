namespace Cronista;

/// <summary>Choices made when the analyzer is built.</summary>
/// <param name="LearnedEntities">Find names with the trained models where a language has one; false keeps the rules
/// alone (what the models are trained on top of). Off by default until the claim, quote and event stages are tuned to
/// the model's mentions (models/MODELS.md lists what still differs); `eval ner`, the quality gate and `tag ner` use it.</param>
/// <param name="LastStage">Stop after the stage of this name ("find-mentions"), to measure or use a front part of the
/// analysis; null runs every stage.</param>
public sealed record AnalyzerOptions(bool LearnedEntities = false, string? LastStage = null);

namespace Cronista;

/// <summary>Choices made when the analyzer is built.</summary>
/// <param name="LearnedEntities">Find names with the trained models where a language has one (the default); false
/// keeps the rules alone, which is what the models are trained on top of and what languages without a model get.</param>
/// <param name="LearnedSentences">Let the trained sentence-end classifier decide at full stops and semicolons where a
/// language has one (the default); false keeps the rules alone.</param>
/// <param name="LastStage">Stop after the stage of this name ("find-mentions"), to measure or use a front part of the
/// analysis; null runs every stage.</param>
public sealed record AnalyzerOptions(bool LearnedEntities = true, string? LastStage = null, bool LearnedSentences = true);

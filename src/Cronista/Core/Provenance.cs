namespace Cronista.Core;

/// <summary>Where an annotation came from: the stage, the rule or model inside it, and how sure it is.</summary>
/// <param name="Stage">The stage name, as in <see cref="IStage.Name"/>.</param>
/// <param name="Rule">The rule, dictionary entry or model that fired, stable enough to search for.</param>
/// <param name="Confidence">A score in [0, 1].</param>
public readonly record struct Provenance(string Stage, string Rule, double Confidence);

using Cronista.Core;

namespace Cronista.Amounts;

/// <summary>One number in the text, read in the document's locale, with its unit and what it counts.</summary>
/// <param name="Span">The characters of the number and its unit or multiplier (5’000, 2,5 milioni, €3bn).</param>
/// <param name="Value">The numeric value (5000, 2500000).</param>
/// <param name="Unit">A currency (ISO 4217), "%" or a measurement unit, when the text gives one.</param>
/// <param name="Provenance">The stage and rule that read it.</param>
public sealed record Amount(TextSpan Span, decimal Value, string? Unit, Provenance Provenance)
{
    /// <summary>The noun phrase naming what is counted (operai edili militari), when it follows the number.</summary>
    public TextSpan? Counted { get; init; }
}

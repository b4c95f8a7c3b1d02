using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Claims;

/// <summary>A statement the article makes, with who it comes from, outermost source first.</summary>
/// <param name="Id">A document-local id ("c1", "c2" …).</param>
/// <param name="Span">The sentence or clause that states it.</param>
/// <param name="SourceChain">Publisher ← agency ← cited outlets ← origin, outermost first.</param>
/// <param name="Provenance">The stage and rule that attributed it.</param>
public sealed record Claim(string Id, TextSpan Span, ImmutableArray<SourceRef> SourceChain, Provenance Provenance)
{
    /// <summary>The words that attribute it (secondo quanto riportato dall’agenzia KCNA, according to), when any.</summary>
    public TextSpan? Cue { get; init; }
}

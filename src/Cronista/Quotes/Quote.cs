using System.Collections.Immutable;
using Cronista.Claims;
using Cronista.Core;

namespace Cronista.Quotes;

/// <summary>Words the article puts in someone's mouth, with the speaker and the chain of sources.</summary>
/// <param name="Span">The quoted words, without the quotation marks.</param>
/// <param name="Provenance">The stage and rule that found and attributed it.</param>
public sealed record Quote(TextSpan Span, Provenance Provenance)
{
    /// <summary>The entities the words are attributed to: one, or several for "the two said".</summary>
    public ImmutableArray<string> Speakers { get; init; } = [];

    /// <summary>The speaker as written, when it is not one of the document's entities (the treaty).</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The verb or phrase that introduces the words (ha detto, said, selon), when any.</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>The claim the quote belongs to.</summary>
    public string? ClaimId { get; init; }

    /// <summary>Who passed the words on, outermost first.</summary>
    public ImmutableArray<SourceRef> SourceChain { get; init; } = [];
}

using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Attributions;

/// <summary>What a cue attributes: speech (said, told), a belief, feeling or intention (thinks, fears, wants), or
/// a preposition that names the source (according to).</summary>
public enum CueKind
{
    /// <summary>Words said or written (said, told, tweeted).</summary>
    Speech,
    /// <summary>An inner state: belief, feeling, intention (believes, fears, wants).</summary>
    Belief,
    /// <summary>A preposition before the source (according to).</summary>
    After,
}

/// <summary>One attribution as PolNeAR annotates it: who (source), the words that attribute (cue), and what is
/// attributed (content), each a span of the text.</summary>
/// <param name="Cue">The verb group or phrase that attributes (has said, according to).</param>
/// <param name="Content">What is attributed: one span, or several when the source and cue interrupt a quote.</param>
/// <param name="Kind">What the cue attributes.</param>
/// <param name="Provenance">The stage and rule that found it.</param>
public sealed record Attribution(TextSpan Cue, ImmutableArray<TextSpan> Content, CueKind Kind, Provenance Provenance)
{
    /// <summary>The noun phrase of who is cited, as written (Spokeswoman Haley Morris, he), when the sentence names one.</summary>
    public TextSpan? Source { get; init; }
}

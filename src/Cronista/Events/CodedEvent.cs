using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Events;

/// <summary>Whether an event happened, is planned, promised, denied and so on.</summary>
public enum EventMode
{
    /// <summary>Reported as having happened or happening.</summary>
    Asserted,
    /// <summary>Scheduled or announced for the future.</summary>
    Planned,
    /// <summary>Promised or pledged by the actor.</summary>
    Promised,
    /// <summary>Reported as not having happened, or denied.</summary>
    Denied,
    /// <summary>Conditional or speculative.</summary>
    Hypothetical,
    /// <summary>Going on at the time of the report (a war).</summary>
    Ongoing,
}

/// <summary>Where an event's date came from.</summary>
public enum EventDateSource
{
    /// <summary>A time expression in the event's own clause.</summary>
    Expression,
    /// <summary>The date of an earlier event in the narrative that shares a participant.</summary>
    Narrative,
    /// <summary>No date in the text: the publication date, as a fallback.</summary>
    Publication,
}

/// <summary>One member of an actor or target: a named entity ("Putin") or a description ("Romanian officials").</summary>
/// <param name="Text">The entity's canonical name, or the description as written.</param>
/// <param name="EntityId">The document entity it names or is described by (Romania for "Romanian officials"), when any.</param>
/// <param name="Code">Its actor code: ISO 3166 alpha-3 country plus sector ("ROU GOV"), when known.</param>
public sealed record EventActor(string Text, string? EntityId, string? Code);

/// <summary>An actor, target or location of an event.</summary>
/// <param name="Name">The entity's canonical name, or the words as written; members joined with "and".</param>
/// <param name="EntityIds">The document entities it stands for (two for "Putin and Kim").</param>
/// <param name="Code">The actor code of the first member: ISO 3166 alpha-3 country plus sector ("RUS GOV"), when known.</param>
public sealed record EventParticipant(string Name, ImmutableArray<string> EntityIds, string? Code)
{
    /// <summary>Each member with its own code ("Hungarian and Romanian officials": HUN GOV, ROU GOV).</summary>
    public ImmutableArray<EventActor> Members { get; init; } = [];
}

/// <summary>An event's date and where it came from.</summary>
/// <param name="Value">A TIMEX3 value (2025-08-12, 2024-06, FUTURE_REF).</param>
/// <param name="Source">Expression, narrative or publication fallback.</param>
public sealed record EventDate(string Value, EventDateSource Source);

/// <summary>Who did what to whom, when and where, coded in PLOVER with the closest CAMEO code.</summary>
/// <param name="Id">A document-local id ("v1", "v2" …).</param>
/// <param name="Type">The PLOVER event type (CONSULT, SUPPORT, AID …).</param>
/// <param name="Cameo">The closest CAMEO code ("041"), when the pattern gives one.</param>
/// <param name="Mode">Asserted, planned, promised, denied …</param>
/// <param name="Actor">Who acts.</param>
/// <param name="Span">The sentence the event was first reported in.</param>
/// <param name="Provenance">The stage and the verb pattern that coded it, with its confidence.</param>
public sealed record CodedEvent(string Id, string Type, string? Cameo, EventMode Mode, EventParticipant Actor, TextSpan Span, Provenance Provenance)
{
    /// <summary>Who is acted upon, when anyone.</summary>
    public EventParticipant? Target { get; init; }

    /// <summary>When it happened, with where the date came from.</summary>
    public EventDate? Date { get; init; }

    /// <summary>True when actor and target were named together as acting, each on the other ("Putin and Kim discussed"):
    /// CAMEO's reciprocal actors, which PLOVER writes as several sources and no target.</summary>
    public bool Reciprocal { get; init; }

    /// <summary>True when a noun reports the event ("the summit", "talks between"), false for a verb.</summary>
    public bool Nominal { get; init; }

    /// <summary>True when only a verb with a general code reports it ("take", "issue"), with no words of a pattern around it:
    /// the weakest evidence, and the least likely to be what the sentence is about.</summary>
    public bool General { get; init; }

    /// <summary>Where it happened.</summary>
    public EventParticipant? Location { get; init; }

    /// <summary>PLOVER's mode of the CAMEO code: the kind of act within the type (obstruct, strike-hun, investigate …), when
    /// the table gives one. <see cref="Mode"/> is whether it happened.</summary>
    public string? PloverMode { get; init; }

    /// <summary>PLOVER's context of the CAMEO code (military, economic, diplomatic …), when the table gives one.</summary>
    public string? Context { get; init; }

    /// <summary>The claim it was reported in.</summary>
    public string? ClaimId { get; init; }

    /// <summary>The words that name the event (ha parlato al telefono), one per report of it in the document.</summary>
    public ImmutableArray<TextSpan> Triggers { get; init; } = [];
}

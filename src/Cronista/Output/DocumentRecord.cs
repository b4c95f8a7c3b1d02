using System.Text.Json.Serialization;

namespace Cronista.Output;

// The output contract of DESIGN.md: one object per document, snake_case names, offsets into "text".
// Fields may be added, never renamed.

/// <summary>A document as written by <c>cronista analyze --format json</c> and kept in the store.</summary>
public sealed record DocumentRecord
{
    /// <summary>Stable document id.</summary>
    public required string Id { get; init; }
    /// <summary>Where it was read from.</summary>
    public required string Source { get; init; }
    /// <summary>The article URL.</summary>
    public string? Url { get; init; }
    /// <summary>The publishing outlet.</summary>
    public string? Publisher { get; init; }
    /// <summary>The credited wire agency.</summary>
    public string? Agency { get; init; }
    /// <summary>Publication date, ISO 8601.</summary>
    public string? Published { get; init; }
    /// <summary>ISO 639-1 language.</summary>
    public string? Language { get; init; }
    /// <summary>How the language was decided: declared, detected or default.</summary>
    public string? LanguageMethod { get; init; }
    /// <summary>How names were found: "model" (the language's trained tagger) or "rules" (no model for the language).</summary>
    public string? EntityMethod { get; init; }
    /// <summary>The headline.</summary>
    public string? Title { get; init; }
    /// <summary>The article body all offsets point into.</summary>
    public required string Text { get; init; }
    /// <summary>Entities with their mentions.</summary>
    public IReadOnlyList<EntityRecord> Entities { get; init; } = [];
    /// <summary>Time expressions.</summary>
    public IReadOnlyList<TimeRecord> Times { get; init; } = [];
    /// <summary>Amounts.</summary>
    public IReadOnlyList<AmountRecord> Amounts { get; init; } = [];
    /// <summary>Quotes with speakers.</summary>
    public IReadOnlyList<QuoteRecord> Quotes { get; init; } = [];
    /// <summary>Claims with source chains.</summary>
    public IReadOnlyList<ClaimRecord> Claims { get; init; } = [];
    /// <summary>Coded events.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];
    /// <summary>Attributions as spans (PolNeAR's source, cue and content), where the language has a reader for them.</summary>
    public IReadOnlyList<AttributionRecord> Attributions { get; init; } = [];
}

/// <summary>An entity in the output.</summary>
public sealed record EntityRecord(
    string Id, string Canonical, string Type, string? KbId, string? Subtype, string? Country, string? Sector, string? Role,
    IReadOnlyList<MentionRecord> Mentions);

/// <summary>A mention in the output.</summary>
public sealed record MentionRecord(string Text, int Start, int End, string Kind, string By, double Confidence);

/// <summary>A time expression in the output.</summary>
public sealed record TimeRecord(string Text, int Start, int End, string Type, string? Value, string? Mod, string By, double Confidence)
{
    /// <summary>The UTC offset the text gives the time in (+02:00), when it gives one.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The stretch of calendar it covers (first/last), for a range or an anchored amount of time.</summary>
    public string? Interval { get; init; }
}

/// <summary>An attribution in the output: who is cited (as written), the words that attribute, and what is attributed.</summary>
/// <param name="Kind">speech, belief (a thought, feeling or intention) or after (a preposition before the source: according to).</param>
/// <param name="Source">Who is cited, as written (Spokeswoman Haley Morris, he), when the sentence names one.</param>
/// <param name="Cue">The words that attribute (has said, according to).</param>
/// <param name="Content">What is attributed: one span, or several when the source and cue interrupt it.</param>
/// <param name="By">The stage and rule that found it.</param>
/// <param name="Confidence">How sure the rule is.</param>
public sealed record AttributionRecord(string Kind, SpanRecord? Source, SpanRecord Cue, IReadOnlyList<SpanRecord> Content, string By, double Confidence);

/// <summary>A stretch of the text with its offsets.</summary>
public sealed record SpanRecord(string Text, int Start, int End);

/// <summary>An amount in the output.</summary>
public sealed record AmountRecord(string Text, int Start, int End, decimal Value, string? Unit, string? Counted, string By, double Confidence);

/// <summary>A quote in the output.</summary>
public sealed record QuoteRecord(
    string Text, int Start, int End, string? Speaker, IReadOnlyList<string> Speakers, string? SpeakerText, string? Cue, string? Claim,
    IReadOnlyList<string> SourceChain, string By, double Confidence);

/// <summary>A claim in the output.</summary>
public sealed record ClaimRecord(
    string Id, int Start, int End, string Text, string? Cue, IReadOnlyList<string> SourceChain, IReadOnlyList<SourceRecord> Sources,
    string By, double Confidence);

/// <summary>One link of a source chain, with its role.</summary>
public sealed record SourceRecord(string Name, string Role, string? Entity);

/// <summary>An actor, target or place of an event.</summary>
public sealed record ParticipantRecord(string Name, IReadOnlyList<string> Entities, string? Code)
{
    /// <summary>Each member with its own code ("Hungarian and Romanian officials": HUN GOV and ROU GOV).</summary>
    public IReadOnlyList<ActorRecord> Members { get; init; } = [];
}

/// <summary>One member of an event's actor or target: an entity's name or a description as written, with its code.</summary>
public sealed record ActorRecord(string Text, string? Entity, string? Code);

/// <summary>A coded event in the output.</summary>
public sealed record EventRecord(
    string Id, string Type, string? Cameo, string Mode, ParticipantRecord Actor, ParticipantRecord? Target, string? Date, string? DateSource,
    ParticipantRecord? Location, string? Claim, int Start, int End, double Confidence, IReadOnlyList<string> Triggers, string By)
{
    /// <summary>PLOVER's context of the CAMEO code (military, economic, diplomatic …).</summary>
    public string? Context { get; init; }

    /// <summary>PLOVER's mode of the CAMEO code: the kind of act within the type (obstruct, strike-hun …); <c>mode</c> is
    /// whether it happened.</summary>
    public string? PloverMode { get; init; }

    /// <summary>True when actor and target acted together, each on the other ("Putin and Kim discussed").</summary>
    public bool Reciprocal { get; init; }
}

/// <summary>Source-generated JSON settings for the output contract: snake_case, no nulls dropped.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(DocumentRecord))]
internal sealed partial class OutputJsonContext : JsonSerializerContext;

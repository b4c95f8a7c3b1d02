namespace Cronista.Storage;

/// <summary>What saving a document did to the store.</summary>
public enum SaveOutcome
{
    /// <summary>The document was new.</summary>
    Added,

    /// <summary>The same article (same id, URL or text) was there and has been replaced by the new analysis.</summary>
    Updated,
}

/// <summary>A document that matches a full-text search.</summary>
/// <param name="Id">The document id, for <c>cronista show</c>.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Publisher">The outlet, when known.</param>
/// <param name="Published">The publication date (ISO 8601), when known.</param>
/// <param name="Source">Where it was read from.</param>
/// <param name="Snippet">A short passage around the matching words, the words marked.</param>
/// <param name="Rank">The BM25 relevance: lower is more relevant; hits come best first.</param>
public sealed record SearchHit(string Id, string? Title, string? Publisher, string? Published, string Source, string Snippet, double Rank);

/// <summary>One coded event as kept in the store, with the document it was read from.</summary>
/// <param name="DocumentId">The document it was reported in.</param>
/// <param name="EventId">Its id within the document ("v1").</param>
/// <param name="Type">The PLOVER type (CONSULT, SUPPORT …).</param>
/// <param name="Cameo">The closest CAMEO code, when known.</param>
/// <param name="Mode">Asserted, planned, promised, denied …</param>
/// <param name="ActorName">Who acts.</param>
/// <param name="ActorCode">The actor code ("RUS GOV"), when known.</param>
/// <param name="TargetName">Who is acted upon, when anyone.</param>
/// <param name="TargetCode">The target code, when known.</param>
/// <param name="Date">When, as a TIMEX3 value, when known.</param>
/// <param name="Location">Where, when known.</param>
/// <param name="Claim">The claim it was reported in, when known.</param>
/// <param name="Confidence">How sure the coding is, in [0, 1].</param>
/// <param name="DocumentTitle">The document's headline, when known.</param>
/// <param name="Published">The document's publication date, when known.</param>
public sealed record StoredEvent(
    string DocumentId, string EventId, string Type, string? Cameo, string Mode,
    string ActorName, string? ActorCode, string? TargetName, string? TargetCode,
    string? Date, string? Location, string? Claim, double Confidence,
    string? DocumentTitle, string? Published);

/// <summary>Which events to list; every filter is optional and they combine with AND.</summary>
/// <param name="Actor">Part of the actor's name or code, any case ("putin", "RUS").</param>
/// <param name="Type">A PLOVER type (CONSULT, any case), or the start of a CAMEO code ("04").</param>
/// <param name="Since">Only events whose date reaches this day or later.</param>
/// <param name="Until">Only events whose date starts on this day or earlier.</param>
/// <param name="Limit">At most this many events.</param>
public sealed record EventFilter(string? Actor = null, string? Type = null, DateOnly? Since = null, DateOnly? Until = null, int Limit = 1000)
{
    /// <summary>Part of the target's name or code, any case ("kim", "PRK").</summary>
    public string? Target { get; init; }
}

/// <summary>Raised when a store cannot be opened or used, with what to do about it.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);

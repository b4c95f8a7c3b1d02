namespace Cronista.Core;

/// <summary>What is known about an article apart from its text.</summary>
/// <param name="Source">Where it was read from: a file path, a URL, a JSONL line, or "stdin".</param>
/// <param name="Url">The article's own URL, when known.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Publisher">The outlet that published it (for example "swissinfo.ch").</param>
/// <param name="Agency">The wire agency credited in the dateline, when any.</param>
/// <param name="Published">The publication date: the anchor for every relative date.</param>
/// <param name="Language">The ISO 639-1 language declared by the source, when any.</param>
/// <param name="PublishedTime">The time of day of publication, when known (local to the publisher): the anchor for clock-relative
/// expressions (tra due ore, in an hour, 30 minutes ago).</param>
/// <param name="ForwardLooking">The text speaks of what is to come (an agenda, a schedule, a request to an assistant): dates the
/// words leave open point ahead of the publication date, as Duckling reads them, instead of being decided by tense as in news.</param>
public sealed record DocumentMetadata(
    string Source,
    string? Url = null,
    string? Title = null,
    string? Publisher = null,
    string? Agency = null,
    DateOnly? Published = null,
    string? Language = null,
    bool ForwardLooking = false,
    TimeOnly? PublishedTime = null);

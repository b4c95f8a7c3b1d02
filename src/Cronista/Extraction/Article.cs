using Cronista.Core;

namespace Cronista.Extraction;

/// <summary>An article's body and what is known about it, ready to become a <see cref="Document"/>.</summary>
/// <param name="Source">Where it was read from: a path, "file.jsonl:12", or "stdin".</param>
/// <param name="Text">The body: no page chrome, no header lines, no headline.</param>
/// <param name="Title">The headline, when there is one.</param>
/// <param name="Url">The article's URL, when known.</param>
/// <param name="Publisher">The outlet that published it, when known.</param>
/// <param name="Agency">The canonical name of the wire agency credited, when any.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="Language">The ISO 639-1 language the source declares, when any.</param>
public sealed record Article(
    string Source,
    string Text,
    string? Title = null,
    string? Url = null,
    string? Publisher = null,
    string? Agency = null,
    DateOnly? Published = null,
    string? Language = null)
{
    /// <summary>The publication's time of day, when the source gives one.</summary>
    public TimeOnly? PublishedTime { get; init; }

    /// <summary>The article's metadata as the analysis stages read it.</summary>
    public DocumentMetadata ToMetadata() => new(Source, Url, Title, Publisher, Agency, Published, Language, PublishedTime: PublishedTime);

    /// <summary>A document with this body and metadata and no layers yet; its id comes from the URL, else the text.</summary>
    public Document ToDocument() => Document.Create(Text, ToMetadata());
}

/// <summary>Raised when a raw item holds no article: nothing is left once header lines and chrome are taken off.</summary>
public sealed class ExtractionException(string message) : Exception(message);

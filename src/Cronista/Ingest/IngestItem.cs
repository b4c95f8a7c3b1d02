namespace Cronista.Ingest;

/// <summary>One thing a source yielded: an article to extract, or the reason one could not be read.</summary>
/// <param name="Source">Where it comes from, as a person would name it: a path, "file.jsonl:12", or "stdin".</param>
/// <param name="InputBytes">How many bytes of input it accounts for, for progress reporting.</param>
public abstract record IngestItem(string Source, long InputBytes);

/// <summary>An article as read from its source: decoded text plus what the source says about it.</summary>
/// <param name="Source">Where it comes from, as a person would name it.</param>
/// <param name="Text">The decoded text: a whole plain-text file, or the body of a JSONL record.</param>
/// <param name="Format">Whether the text is a plain-text article file (with its header lines) or a record's body.</param>
/// <param name="Hints">What the source declares about the article (URL, date, title …).</param>
/// <param name="Encoding">The character encoding the bytes were read in ("utf-8", "windows-1252" …).</param>
/// <param name="InputBytes">How many bytes of input it accounts for.</param>
public sealed record RawItem(string Source, string Text, RawFormat Format, SourceHints Hints, string Encoding, long InputBytes)
    : IngestItem(Source, InputBytes);

/// <summary>An item that could not be read, with the reason in words a person can act on.</summary>
/// <param name="Source">Where it comes from, as a person would name it.</param>
/// <param name="Reason">What is wrong and, where possible, how to fix it.</param>
/// <param name="InputBytes">How many bytes of input it accounts for.</param>
public sealed record IngestFailure(string Source, string Reason, long InputBytes = 0) : IngestItem(Source, InputBytes);

/// <summary>The shape of a raw item's text.</summary>
public enum RawFormat
{
    /// <summary>A plain-text article file: optional header lines (date, url), an optional headline, then the body.</summary>
    PlainText,

    /// <summary>The body of a structured record (a JSONL line) whose metadata came in separate fields.</summary>
    Record,

    /// <summary>A web page's markup, from which the article is extracted.</summary>
    Html,
}

/// <summary>What a source declares about an article; every field is optional.</summary>
/// <param name="Url">The article's URL.</param>
/// <param name="Published">The publication date.</param>
/// <param name="Title">The headline.</param>
/// <param name="Language">The ISO 639-1 language the source declares.</param>
/// <param name="Publisher">The outlet that published it.</param>
/// <param name="Agency">The wire agency it comes from.</param>
public sealed record SourceHints(
    string? Url = null,
    DateOnly? Published = null,
    string? Title = null,
    string? Language = null,
    string? Publisher = null,
    string? Agency = null)
{
    /// <summary>The publication's time of day, when the source gives a date-time (local to the publisher, as written).</summary>
    public TimeOnly? PublishedTime { get; init; }

    /// <summary>No hints at all.</summary>
    public static SourceHints None { get; } = new();
}

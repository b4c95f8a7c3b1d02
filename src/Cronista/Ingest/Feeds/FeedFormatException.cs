namespace Cronista.Ingest.Feeds;

/// <summary>The bytes are not a feed that can be read: broken XML or JSON, or a document of another kind.</summary>
/// <remarks>The message says what is wrong and where (line and position for XML), for a person to act on.</remarks>
public sealed class FeedFormatException : FormatException
{
    /// <summary>A feed that cannot be read, with the reason.</summary>
    public FeedFormatException(string message)
        : base(message)
    {
    }

    /// <summary>A feed that cannot be read, with the reason and the parser's error.</summary>
    public FeedFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

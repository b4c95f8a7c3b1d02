namespace Cronista.Claims;

/// <summary>The part a source plays in passing a statement on.</summary>
public enum SourceRole
{
    /// <summary>The outlet that published the article.</summary>
    Publisher,
    /// <summary>The wire agency credited in the dateline.</summary>
    Agency,
    /// <summary>A named outlet or agency the article cites (Interfax, KCNA, Russian media).</summary>
    Reporter,
    /// <summary>The person or body the statement originates from (the Kremlin, Putin).</summary>
    Origin,
}

/// <summary>One link in a chain of sources.</summary>
/// <param name="Name">The source's canonical name, or its description as written (Russian media: "media russi").</param>
/// <param name="Role">Publisher, agency, reporter or origin.</param>
/// <param name="EntityId">The entity the source is, when it is one of the document's entities.</param>
public sealed record SourceRef(string Name, SourceRole Role, string? EntityId = null);

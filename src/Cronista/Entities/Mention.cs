using Cronista.Core;
using Cronista.Knowledge;

namespace Cronista.Entities;

/// <summary>One place in the text that refers to an entity.</summary>
/// <param name="Span">The characters of the mention.</param>
/// <param name="Type">The entity class.</param>
/// <param name="Kind">Name, partial name, role description or demonym.</param>
/// <param name="Provenance">The stage and rule that found it.</param>
/// <param name="Link">What the knowledge base says it is, when it says anything.</param>
public sealed record Mention(TextSpan Span, EntityType Type, MentionKind Kind, Provenance Provenance, KnowledgeRef? Link = null)
{
    /// <summary>For descriptions: the role noun's canonical form (president, leader, minister).</summary>
    public string? Role { get; init; }

    /// <summary>For descriptions: the country the description names (ISO 3166 alpha-3).</summary>
    public string? Country { get; init; }
}

using Cronista.Knowledge;

namespace Cronista.Entities;

/// <summary>Mentions gathered for one entity while grouping, with what has been learnt about it so far.</summary>
internal sealed class MentionCluster(EntityType type)
{
    public List<Mention> Mentions { get; } = [];

    public EntityType Type { get; set; } = type;

    public KnowledgeRef? Link { get; set; }

    public string? Country { get; set; }

    public string? Role { get; set; }

    public bool HasName => Mentions.Exists(m => m.Kind is MentionKind.Name or MentionKind.PartialName && m.Provenance.Rule != KnowledgeMentionFinder.ContextualRule);

    public void Add(Mention mention)
    {
        Mentions.Add(mention);
        Link ??= mention.Link;
        Country ??= mention.Country ?? mention.Link?.Country;
        Role ??= mention.Role;
    }
}

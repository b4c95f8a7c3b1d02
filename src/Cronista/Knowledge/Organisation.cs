using Cronista.Entities;

namespace Cronista.Knowledge;

/// <summary>An organisation the knowledge base knows: a government body, armed force, party, international organisation, company, armed group.</summary>
/// <param name="Id">A kebab-case identifier (kremlin, korean-peoples-army).</param>
/// <param name="Name">The canonical English name.</param>
/// <param name="Type">The entity type, ORG for nearly all.</param>
/// <param name="Subtype">A finer type: government, presidency, ministry, armed-forces, intelligence, igo, party, company, media, court, parliament, police, rebel-group, ngo …</param>
/// <param name="Country">ISO3 of its country; null for international organisations.</param>
/// <param name="Sector">The actor sector for event coding (GOV, MIL, IGO, BUS, MED, OPP, REB, JUD, NGO …).</param>
/// <param name="Aliases">Other names in any language, acronyms included (Cremlino, Kreml; KPA).</param>
public sealed record Organisation(string Id, string Name, EntityType Type, string Subtype, string? Country, string? Sector, IReadOnlyList<string> Aliases)
{
    /// <summary>The knowledge-base identifier, "kb:" and the id.</summary>
    public string KnowledgeId => "kb:" + Id;

    /// <summary>The pointer a mention of this organisation carries.</summary>
    public KnowledgeRef ToRef() => new(KnowledgeId, Name, Country, Subtype, Sector);
}

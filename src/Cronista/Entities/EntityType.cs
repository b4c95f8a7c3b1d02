namespace Cronista.Entities;

/// <summary>The four CoNLL entity classes.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    PER,
    /// <summary>An organisation: government body, company, party, agency, armed force.</summary>
    ORG,
    /// <summary>A place: country, region, city, geographic feature.</summary>
    LOC,
    /// <summary>Any other name: events, works, nationalities used as nouns.</summary>
    MISC,
}

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>A proper name, as full as the text gives it (Vladimir Putin, Pyongyang).</summary>
    Name,
    /// <summary>Part of a name given in full elsewhere (Putin for Vladimir Putin).</summary>
    PartialName,
    /// <summary>A description by role (il presidente russo, the Russian president).</summary>
    Description,
    /// <summary>An adjective of nationality or origin standing for a place (russo, German).</summary>
    Demonym,
}

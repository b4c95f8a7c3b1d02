namespace Cronista.Knowledge;

/// <summary>A country or territory with an ISO 3166 code, as listed in Knowledge/Data/countries.tsv.</summary>
/// <param name="Iso2">ISO 3166 alpha-2 code.</param>
/// <param name="Iso3">ISO 3166 alpha-3 code.</param>
/// <param name="Name">The English short name news uses (North Korea, Russia, United States).</param>
/// <param name="GeonameId">The GeoNames id of the country.</param>
/// <param name="CapitalGeonameId">The GeoNames id of its capital, when the gazetteer has it.</param>
public sealed record Country(string Iso2, string Iso3, string Name, long GeonameId, long? CapitalGeonameId)
{
    /// <summary>The knowledge-base identifier, "iso:" and the alpha-3 code; the gazetteer uses the same one.</summary>
    public string Id => "iso:" + Iso3;

    /// <summary>The pointer a mention of this country carries.</summary>
    public KnowledgeRef ToRef() => new(Id, Name, Iso3, "country");
}

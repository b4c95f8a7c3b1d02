namespace Cronista.Knowledge;

/// <summary>A pointer from a mention into the project's knowledge: a GeoNames place, a country, a known organisation or person.</summary>
/// <param name="Id">A stable identifier with a scheme prefix: "geonames:524901", "iso:RUS", "kb:kremlin".</param>
/// <param name="Canonical">The name the knowledge base gives it (English where there is one).</param>
/// <param name="Country">ISO 3166 alpha-3 of the country it belongs to, when known.</param>
/// <param name="Subtype">A finer type: country, city, region, news-agency, government, armed-forces …</param>
/// <param name="Sector">The actor sector for event coding (GOV, MIL, MED, BUS, IGO …), when known.</param>
public sealed record KnowledgeRef(string Id, string Canonical, string? Country = null, string? Subtype = null, string? Sector = null);

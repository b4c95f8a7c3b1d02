using System.Globalization;

namespace Cronista.Knowledge;

/// <summary>A place of the GeoNames gazetteer: a country, a first-level region or a city.</summary>
/// <param name="GeonameId">The GeoNames identifier.</param>
/// <param name="Name">The GeoNames name (English where GeoNames has one: Moscow, Munich).</param>
/// <param name="Kind">Country, region or city.</param>
/// <param name="Country">ISO 3166 alpha-3 of the country the place is in (or is).</param>
/// <param name="FeatureCode">The GeoNames feature code: PPLC capital, PPLA seat of a first-level region, PPL, ADM1, PCLI …</param>
/// <param name="Population">Inhabitants according to GeoNames; 0 when unknown.</param>
/// <param name="Latitude">WGS84 latitude, when known.</param>
/// <param name="Longitude">WGS84 longitude, when known.</param>
/// <param name="Admin1">The GeoNames first-level region code within the country ("48" for Moscow), when known.</param>
/// <param name="CapitalId">For a country, the GeoNames id of its capital; for a region, of its seat; otherwise null.</param>
public sealed record Place(
    long GeonameId,
    string Name,
    PlaceKind Kind,
    string Country,
    string FeatureCode,
    long Population,
    double? Latitude,
    double? Longitude,
    string? Admin1,
    long? CapitalId)
{
    /// <summary>True for a national capital (GeoNames PPLC, or PPLG for a seat of government).</summary>
    public bool IsCapital => Kind == PlaceKind.City && FeatureCode is "PPLC" or "PPLG";

    /// <summary>True for the seat of a first-level region (GeoNames PPLA).</summary>
    public bool IsAdminSeat => Kind == PlaceKind.City && FeatureCode == "PPLA";

    /// <summary>The subtype as the knowledge base names it: country, region, capital or city.</summary>
    public string Subtype => Kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Region => "region",
        _ => IsCapital ? "capital" : "city",
    };

    /// <summary>The knowledge-base identifier: "iso:RUS" for a country (one identity shared with the country tables), "geonames:524901" otherwise.</summary>
    public string Id => Kind == PlaceKind.Country ? "iso:" + Country : "geonames:" + GeonameId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The pointer a mention of this place carries.</summary>
    public KnowledgeRef ToRef() => new(Id, Name, Country, Subtype);
}

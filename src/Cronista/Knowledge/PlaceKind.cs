namespace Cronista.Knowledge;

/// <summary>What kind of place a gazetteer entry is.</summary>
public enum PlaceKind
{
    /// <summary>A country or territory with its own ISO 3166 code.</summary>
    Country,
    /// <summary>A first-level administrative region: a state, region, province, oblast, canton.</summary>
    Region,
    /// <summary>A populated place: a city or town.</summary>
    City,
}

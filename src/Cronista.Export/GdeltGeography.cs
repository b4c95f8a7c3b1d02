using System.Globalization;
using Cronista.Knowledge;
using Cronista.Output;

namespace Cronista.Export;

/// <summary>A place as GDELT's geographic fields describe it.</summary>
/// <param name="Type">1 country, 2 US state, 3 US city, 4 world city, 5 world first-level region; null when the place is not in the gazetteer.</param>
/// <param name="FullName">"Country", "Region, Country" or "City, Region, Country".</param>
/// <param name="CountryCode">The FIPS 10-4 country code.</param>
/// <param name="Adm1Code">The FIPS country code followed by the first-level region code (GeoNames' admin1 code, which is the FIPS code for most countries).</param>
/// <param name="Latitude">WGS84 latitude from GeoNames.</param>
/// <param name="Longitude">WGS84 longitude from GeoNames.</param>
/// <param name="FeatureId">The country or region code for a country or region; empty for a city, whose GNS feature id Cronista does not know.</param>
internal sealed record GdeltPlace(int? Type, string FullName, string? CountryCode, string? Adm1Code, double? Latitude, double? Longitude, string? FeatureId);

/// <summary>Finds where an event took place in the gazetteer, through the knowledge-base id of its location's entity.</summary>
/// <remarks>The gazetteer is loaded only when an event has a location with a GeoNames or country id.</remarks>
internal sealed class GdeltGeography(Func<Gazetteer> loadGazetteer, CountryTable countries, FipsCountryCodes fips)
{
    private const string UnitedStates = "USA";

    private readonly Lazy<Gazetteer> _gazetteer = new(loadGazetteer);
    private Dictionary<(string Country, string Admin1), Place>? _regions;

    /// <summary>The event's location, or null when it has none.</summary>
    public GdeltPlace? Locate(ExportedEvent exported)
    {
        if (exported.Event.Location is not { } location)
            return null;
        if (Resolve(location, exported.Document.Entities) is { } place)
            return Describe(place);
        var country = ActorCode.Parse(location.Code, code => countries.ByIso3(code) is not null)?.Country;
        return new GdeltPlace(null, location.Name, fips.Of(country), fips.Of(country), null, null, null);
    }

    private Place? Resolve(ParticipantRecord location, IReadOnlyList<EntityRecord> entities)
    {
        foreach (var id in location.Entities)
        {
            var kbId = entities.FirstOrDefault(e => e.Id == id)?.KbId;
            if (kbId is null)
                continue;
            if (kbId.StartsWith("geonames:", StringComparison.Ordinal)
                && long.TryParse(kbId["geonames:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var geonameId)
                && _gazetteer.Value.Find(geonameId) is { } place)
                return place;
            if (kbId.StartsWith("iso:", StringComparison.Ordinal) && countries.ByIso3(kbId["iso:".Length..]) is { } country)
                return _gazetteer.Value.Find(country.GeonameId) ?? new Place(country.GeonameId, country.Name, PlaceKind.Country, country.Iso3, "PCLI", 0, null, null, null, null);
        }
        return null;
    }

    private GdeltPlace Describe(Place place)
    {
        var countryName = countries.ByIso3(place.Country)?.Name ?? place.Country;
        var countryCode = fips.Of(place.Country);
        var inUs = place.Country == UnitedStates;
        var adm1 = place.Kind == PlaceKind.Country || place.Admin1 is null ? countryCode : countryCode + place.Admin1;
        return place.Kind switch
        {
            PlaceKind.Country => new GdeltPlace(1, countryName, countryCode, countryCode, place.Latitude, place.Longitude, countryCode),
            PlaceKind.Region => new GdeltPlace(inUs ? 2 : 5, $"{place.Name}, {countryName}", countryCode, adm1, place.Latitude, place.Longitude, adm1),
            _ => new GdeltPlace(inUs ? 3 : 4, RegionOf(place) is { } region ? $"{place.Name}, {region.Name}, {countryName}" : $"{place.Name}, {countryName}",
                countryCode, adm1, place.Latitude, place.Longitude, null),
        };
    }

    private Place? RegionOf(Place city)
    {
        _regions ??= _gazetteer.Value.Places
            .Where(p => p.Kind == PlaceKind.Region && p.Admin1 is not null)
            .GroupBy(p => (p.Country, p.Admin1!))
            .ToDictionary(g => g.Key, g => g.First());
        return city.Admin1 is { } admin1 ? _regions.GetValueOrDefault((city.Country, admin1)) : null;
    }
}

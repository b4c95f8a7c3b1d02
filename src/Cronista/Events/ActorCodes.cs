using Cronista.Entities;

namespace Cronista.Events;

/// <summary>Actor codes in the CAMEO style: the ISO 3166 alpha-3 country, then the sector ("RUS GOV", "PRK MIL", "UKR").</summary>
internal static class ActorCodes
{
    public static string? For(Entity entity)
    {
        if (entity.Type == EntityType.LOC)
            return entity.Country;
        return (entity.Country, entity.Sector) switch
        {
            ({ } country, { } sector) => $"{country} {sector}",
            ({ } country, null) => country,
            (null, { } sector) => sector,
            _ => null,
        };
    }
}

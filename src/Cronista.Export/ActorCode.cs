namespace Cronista.Export;

/// <summary>An actor code split into its country and its sectors: "RUS GOV" is Russia's government, "IGO" an international organisation.</summary>
/// <param name="Country">The ISO 3166 alpha-3 country, when the code starts with one.</param>
/// <param name="Sectors">The sector codes after the country (GOV, MIL …), or the whole code when it has no country (IGO).</param>
internal sealed record ActorCode(string? Country, IReadOnlyList<string> Sectors)
{
    /// <summary>Splits a code as the event coder writes it (country, a space, sector); null for no code.</summary>
    /// <param name="code">The code ("RUS GOV", "PRK", "IGO").</param>
    /// <param name="isCountry">Whether a three-letter token is a country code rather than a sector.</param>
    public static ActorCode? Parse(string? code, Func<string, bool> isCountry)
    {
        var tokens = code?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (tokens.Length == 0)
            return null;
        return isCountry(tokens[0]) ? new ActorCode(tokens[0], tokens[1..]) : new ActorCode(null, tokens);
    }

    /// <summary>The code as CAMEO and GDELT write it, its parts joined without spaces ("RUSGOV").</summary>
    public string Joined => (Country ?? "") + string.Concat(Sectors);
}

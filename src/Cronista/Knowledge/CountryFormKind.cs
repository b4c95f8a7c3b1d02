namespace Cronista.Knowledge;

/// <summary>How a word or phrase of a language refers to a country.</summary>
public enum CountryFormKind
{
    /// <summary>A name of the country (Corea del Nord, Nordkorea, États-Unis).</summary>
    Name,
    /// <summary>An adjective or noun of nationality in any inflection (nordcoreano, russische, Russians).</summary>
    Demonym,
    /// <summary>A short form that means the country only when it is named elsewhere in the document (il Nord for North Korea).</summary>
    Contextual,
}

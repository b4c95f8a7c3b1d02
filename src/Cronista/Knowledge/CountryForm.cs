namespace Cronista.Knowledge;

/// <summary>A surface form that refers to a country in one language.</summary>
/// <param name="Text">The form as written in the data (with its capitals and accents).</param>
/// <param name="Country">The country it refers to.</param>
/// <param name="Kind">Name, demonym or contextual alias.</param>
/// <param name="IsAmbiguous">True when the data marks the form as also meaning something else (another country, a continent).</param>
public sealed record CountryForm(string Text, Country Country, CountryFormKind Kind, bool IsAmbiguous);

using System.Text.RegularExpressions;
using Cronista.Knowledge;

namespace Cronista.Extraction;

/// <summary>Finds the wire agency a web page's byline credits: "AFP", "Redazione ANSA", "dpa/AFP", "By Reuters Staff".</summary>
/// <remarks>Pages often credit the agency only in the author field, not in a dateline of the body.</remarks>
internal static partial class BylineCredit
{
    /// <summary>The canonical name of the first known agency the byline names, or null.</summary>
    public static string? Find(string? byline, NewsAgencies agencies)
    {
        if (string.IsNullOrWhiteSpace(byline) || byline.Length > 200)
            return null;
        if (agencies.Find(byline) is { } whole)
            return whole.Canonical;
        foreach (var part in Separators().Split(byline))
        {
            var name = Filler().Replace(part, " ").Trim(' ', '(', ')', '.', '-', ':');
            if ((agencies.Find(part) ?? (name.Length > 0 ? agencies.Find(name) : null)) is { } agency)
                return agency.Canonical;
        }
        return null;
    }

    // Joint credits and lists of authors: "dpa/AFP", "ATS, ANSA", "Reuters and AP", "con Ansa".
    [GeneratedRegex(@"\s*(?:[/,;&|+·]|\s(?:and|und|et|e|y|with|mit|avec|con)\s)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    // Words around an agency's name that say it is the author: "By Reuters Staff", "Redazione ANSA", "von dpa".
    [GeneratedRegex(@"\b(?:by|di|da|von|par|de|por|staff|redazione|redaktion|rédaction|agenzia|agentur|agence|agencia|news|wire|reporters?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();
}

using System.Diagnostics.CodeAnalysis;

namespace Cronista.Export;

/// <summary>Looks a CAMEO code up in a table that may list only its parents: 1213 falls back to 121, then 12.</summary>
internal static class CameoLookup
{
    /// <summary>The value of the code, or of its nearest listed parent; false for no code or an unlisted root.</summary>
    public static bool TryNearest<T>(IReadOnlyDictionary<string, T> table, string? cameo, [MaybeNullWhen(false)] out T value)
    {
        for (var length = cameo?.Length ?? 0; length >= 2; length--)
        {
            if (table.TryGetValue(cameo![..length], out value))
                return true;
        }
        value = default;
        return false;
    }
}

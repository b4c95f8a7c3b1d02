namespace Cronista.Core;

/// <summary>The languages Cronista has per-language data for.</summary>
public static class SupportedLanguages
{
    /// <summary>ISO 639-1 codes, in the order the project added them.</summary>
    public static readonly IReadOnlyList<string> All = ["it", "en", "de", "fr"];

    /// <summary>The code for a language nothing could be decided about.</summary>
    public const string Undetermined = "und";

    /// <summary>True when there is per-language data for the code.</summary>
    public static bool IsSupported(string? language) => language is not null && All.Contains(language);
}

using Cronista.Core;

namespace Cronista.Eval.Ner;

/// <summary>Guesses a gold file's language from its path, as the shared data folders name it.</summary>
internal static class GoldLanguage
{
    // Data sets whose name does not carry a language code, by the language they are written in.
    private static readonly Dictionary<string, string> Datasets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kind"] = "it",
        ["germeval2014"] = "de",
        ["germeval"] = "de",
        ["wikigold"] = "en",
    };

    /// <summary>The language the path names ("conll2003-de/val.conllu" is German), nearest folder first; null when it names none.</summary>
    public static string? FromPath(string path)
    {
        var segments = Path.GetFullPath(path).Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            foreach (var word in segments[i].Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries))
            {
                var lower = word.ToLowerInvariant();
                if (SupportedLanguages.IsSupported(lower))
                    return lower;
                if (Datasets.TryGetValue(lower, out var language))
                    return language;
            }
        }
        return null;
    }
}

using System.Collections.Frozen;
using Cronista.Core;

namespace Cronista.Text;

/// <summary>One language's tokenization knowledge, read from <c>Text/Languages/&lt;iso&gt;/</c>.</summary>
internal sealed class TokenizationRules
{
    private TokenizationRules(
        FrozenSet<string> abbreviations,
        FrozenSet<string> sentenceFinalAbbreviations,
        FrozenSet<string> elisions,
        string[] clitics,
        FrozenSet<string> monthNames,
        FrozenSet<string> ordinalCues)
    {
        Abbreviations = abbreviations;
        SentenceFinalAbbreviations = sentenceFinalAbbreviations;
        Elisions = elisions;
        Clitics = clitics;
        MonthNames = monthNames;
        OrdinalCues = ordinalCues;
    }

    /// <summary>Lower-cased abbreviations with their dot ("sig.", "z.b.").</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Abbreviations that may also end a sentence ("etc.").</summary>
    public FrozenSet<string> SentenceFinalAbbreviations { get; }

    /// <summary>Lower-cased elided words without their apostrophe ("l", "dall", "qu").</summary>
    public FrozenSet<string> Elisions { get; }

    /// <summary>Endings split off the word before them, apostrophe written as ' ("'s", "n't").</summary>
    public string[] Clitics { get; }

    /// <summary>Lower-cased month names, for ordinal dates written "3. Oktober".</summary>
    public FrozenSet<string> MonthNames { get; }

    /// <summary>Lower-cased words after which a short number with a dot is an ordinal ("im 6. Stock"), not a sentence end.</summary>
    public FrozenSet<string> OrdinalCues { get; }

    /// <summary>Rules for a language; a language without data gets rules that only know initials and acronyms.</summary>
    public static TokenizationRules Load(string language)
    {
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        var final = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadLanguageRows("Text", language, "abbreviations.txt"))
        {
            var word = row[0].ToLowerInvariant();
            abbreviations.Add(word);
            if (row.Length > 1 && row[1] == "final")
                final.Add(word);
        }
        var elisions = ResourceFiles.ReadLanguageLines("Text", language, "elisions.txt").Select(w => w.ToLowerInvariant());
        var clitics = ResourceFiles.ReadLanguageLines("Text", language, "clitics.txt").ToArray();
        var months = ResourceFiles.ReadLanguageLines("Text", language, "months.txt").Select(w => w.ToLowerInvariant());
        var ordinalCues = ResourceFiles.ReadLanguageLines("Text", language, "ordinal-cues.txt").Select(w => w.ToLowerInvariant());
        return new TokenizationRules(
            abbreviations.ToFrozenSet(), final.ToFrozenSet(), elisions.ToFrozenSet(StringComparer.Ordinal), clitics, months.ToFrozenSet(), ordinalCues.ToFrozenSet());
    }
}

/// <summary>Tokenization rules for every supported language, loaded once.</summary>
internal sealed class TokenizationRuleSet
{
    private readonly FrozenDictionary<string, TokenizationRules> _byLanguage;
    private readonly TokenizationRules _fallback;

    public TokenizationRuleSet()
    {
        _byLanguage = SupportedLanguages.All.ToFrozenDictionary(l => l, TokenizationRules.Load);
        _fallback = TokenizationRules.Load(SupportedLanguages.Undetermined);
    }

    /// <summary>The rules for a language, or language-neutral rules when it has none.</summary>
    public TokenizationRules For(string? language) =>
        language is not null && _byLanguage.TryGetValue(language, out var rules) ? rules : _fallback;
}

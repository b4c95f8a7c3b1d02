using System.Collections.Frozen;
using Cronista.Core;

namespace Cronista.Entities;

/// <summary>One language's words for recognising names, read from <c>Entities/Languages/&lt;iso&gt;/</c>.</summary>
internal sealed class EntityLexicon
{
    private EntityLexicon(string language)
    {
        Language = language;
        var determiners = ResourceFiles.ReadLanguageRows("Entities", language, "determiners.txt").ToList();
        Determiners = determiners.Select(r => Fold(r[0])).ToFrozenSet(StringComparer.Ordinal);
        Indefinites = determiners.Where(r => r.Length > 1 && r[1] == "indefinite").Select(r => Fold(r[0])).ToFrozenSet(StringComparer.Ordinal);
        Contractions = Lower("contractions.txt");
        Particles = Lower("particles.txt");
        Titles = Lower("titles.txt");
        OrganisationHeads = Lower("org-heads.txt");
        AdjectiveEndings = [.. ResourceFiles.ReadLanguageLines("Entities", language, "adjective-endings.txt")];
        NonNames = ResourceFiles.ReadLanguageLines("Entities", language, "non-names.txt").Select(w => w.Replace('’', '\'')).ToFrozenSet(StringComparer.Ordinal);
        OrganisationDescriptions = ResourceFiles.ReadLanguageRows("Entities", language, "org-descriptions.tsv")
            .ToFrozenDictionary(r => Fold(r[0]), r => r[1], StringComparer.Ordinal);
        CommonWords = ResourceFiles.ReadLanguageLines("Entities", language, "common-words.txt").ToFrozenSet(StringComparer.Ordinal);
        var settings = ResourceFiles.ReadLanguageRows("Entities", language, "settings.tsv").ToDictionary(r => r[0], r => r.Length > 1 && r[1] == "yes");
        CapitalisedNouns = settings.GetValueOrDefault("capitalised-nouns");
        ModifiersAfterNoun = settings.GetValueOrDefault("modifiers-after-noun");
    }

    public string Language { get; }

    /// <summary>Articles and determiners that open a noun phrase (il, the, der, le).</summary>
    public FrozenSet<string> Determiners { get; }

    /// <summary>Indefinite articles (un, a, ein, une): a phrase they open introduces someone new.</summary>
    public FrozenSet<string> Indefinites { get; }

    /// <summary>Prepositions fused with an article (col, del, vom, du): they open a phrase but stay outside mentions.</summary>
    public FrozenSet<string> Contractions { get; }

    /// <summary>Lower-case words allowed between capitalised words of one name (di, of, von).</summary>
    public FrozenSet<string> Particles { get; }

    /// <summary>Courtesy titles before a person's name (signor, Mr, Herr, M.).</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Nouns that head organisation names (ministero, party, Partei, banque).</summary>
    public FrozenSet<string> OrganisationHeads { get; }

    /// <summary>Endings of adjectives that may follow an organisation's head noun in languages that put them after it.</summary>
    public string[] AdjectiveEndings { get; }

    /// <summary>Capitalised words that are not names on their own (sentence openers, months, weekdays).</summary>
    public FrozenSet<string> NonNames { get; }

    /// <summary>Nouns that refer back to an organisation of a known subtype (agenzia → news-agency), by lower-case form.</summary>
    public FrozenDictionary<string, string> OrganisationDescriptions { get; }

    /// <summary>Frequent words that are not names (from the UD treebanks), lower case: a capitalised one opens a sentence or,
    /// in German, is a common noun.</summary>
    public FrozenSet<string> CommonWords { get; }

    /// <summary>True where every noun is capitalised (German): capitals alone are no evidence of a name.</summary>
    public bool CapitalisedNouns { get; }

    /// <summary>True where adjectives of nationality follow the role noun (il presidente russo).</summary>
    public bool ModifiersAfterNoun { get; }

    /// <summary>The form words are compared in: lower case, typographic apostrophes as "'".</summary>
    public static string Fold(string word) => word.ToLowerInvariant().Replace('’', '\'').Replace('ʼ', '\'');

    public bool IsOpener(string lower) => Determiners.Contains(lower) || Contractions.Contains(lower);

    public bool LooksLikeAdjective(string lower) =>
        lower.Length > 4 && AdjectiveEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal));

    private FrozenSet<string> Lower(string file) =>
        ResourceFiles.ReadLanguageLines("Entities", Language, file).Select(Fold).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The lexicons of every supported language plus a language-neutral one, loaded once.</summary>
    public sealed class Set
    {
        private readonly FrozenDictionary<string, EntityLexicon> _byLanguage =
            SupportedLanguages.All.ToFrozenDictionary(l => l, l => new EntityLexicon(l));

        private readonly EntityLexicon _neutral = new(SupportedLanguages.Undetermined);

        public EntityLexicon For(string? language) =>
            language is not null && _byLanguage.TryGetValue(language, out var lexicon) ? lexicon : _neutral;
    }
}

using System.Collections.Frozen;
using Cronista.Core;
using Cronista.Entities;

namespace Cronista.Quotes;

/// <summary>One language's words for attributing quotes, read from <c>Quotes/Languages/&lt;iso&gt;/quotes.tsv</c>.</summary>
internal sealed class QuoteLexicon
{
    private QuoteLexicon(string language)
    {
        var rows = ResourceFiles.ReadLanguageRows("Quotes", language, "quotes.tsv").ToList();
        FrozenSet<string> Set(string kind) =>
            rows.Where(r => r[0] == kind).SelectMany(r => r[1].Split('|')).Select(EntityLexicon.Fold).ToFrozenSet(StringComparer.Ordinal);
        DocumentNouns = Set("document");
        Relatives = Set("relative");
    }

    /// <summary>Nouns for texts that can be quoted (trattato, treaty, Vertrag, traité).</summary>
    public FrozenSet<string> DocumentNouns { get; }

    /// <summary>Relative pronouns (che, which, der, qui).</summary>
    public FrozenSet<string> Relatives { get; }

    /// <summary>The lexicons of every supported language, loaded once.</summary>
    public sealed class Set
    {
        private readonly FrozenDictionary<string, QuoteLexicon> _byLanguage =
            SupportedLanguages.All.ToFrozenDictionary(l => l, l => new QuoteLexicon(l));

        public QuoteLexicon? For(string? language) =>
            language is not null && _byLanguage.TryGetValue(language, out var lexicon) ? lexicon : null;
    }
}

using Cronista.Analysis;
using System.Collections.Frozen;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Claims;

/// <summary>One language's words for attribution, read from <c>Claims/Languages/&lt;iso&gt;/</c>: reporting phrases,
/// words for the press, and adverbs that may stand inside a reporting phrase.</summary>
internal sealed class AttributionLexicon
{
    private AttributionLexicon(string language, TokenizationRules rules)
    {
        Patterns = [.. ResourceFiles.ReadLanguageRows("Claims", language, "cues.tsv").Select(row => Parse(row, rules))];
        // Most words start no reporting phrase: index the phrases by the first word of their first fixed part.
        _byFirstWord = Patterns
            .SelectMany(p => p.Slots.First(s => s is not null)!.Select(alternative => (Word: alternative[0], Pattern: p)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Pattern).Distinct().ToArray(), StringComparer.Ordinal);
        var media = ResourceFiles.ReadLanguageRows("Claims", language, "media.tsv").ToList();
        MediaNouns = Forms(media, "media", rules);
        StateAdjectives = Forms(media, "state", rules);
        SourceNouns = ResourceFiles.ReadLanguageLines("Claims", language, "source-nouns.txt").Select(EntityLexicon.Fold).ToFrozenSet(StringComparer.Ordinal);
        Pronouns = ResourceFiles.ReadLanguageLines("Claims", language, "pronouns.txt").Select(EntityLexicon.Fold).ToFrozenSet(StringComparer.Ordinal);
        Adverbs = ResourceFiles.ReadLanguageLines("Claims", language, "adverbs.txt").Select(EntityLexicon.Fold).ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<CuePattern> Patterns { get; }

    private readonly FrozenDictionary<string, CuePattern[]> _byFirstWord;

    /// <summary>The phrases whose first fixed word is this one.</summary>
    public IReadOnlyList<CuePattern> PatternsStartingWith(string word) => _byFirstWord.TryGetValue(word, out var patterns) ? patterns : [];

    /// <summary>Nouns for the press (media, Medien, médias).</summary>
    public WordPhrases MediaNouns { get; }

    /// <summary>Adjectives that make the press the state's own (statali, state-run, staatlichen, d’État).</summary>
    public WordPhrases StateAdjectives { get; }

    public FrozenSet<string> Adverbs { get; }

    /// <summary>Nouns for a statement or a spokesperson that stand for who issued it (nota, statement, Sprecher, communiqué).</summary>
    public FrozenSet<string> SourceNouns { get; }

    /// <summary>Personal pronouns that stand for the person last named (he, lui, er, il).</summary>
    public FrozenSet<string> Pronouns { get; }

    private static CuePattern Parse(string[] row, TokenizationRules rules)
    {
        var kind = row[0] switch
        {
            "after" => CueKind.After,
            "inverted" => CueKind.Inverted,
            "before" => CueKind.Before,
            "back" => CueKind.Back,
            "account" => CueKind.Account,
            _ => throw new InvalidDataException($"Claims cues: unknown kind '{row[0]}' in '{string.Join('\t', row)}'; use after, inverted, before, back or account."),
        };
        var slots = row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(slot => slot == "X" ? null : slot.Split('|').Select(alternative => Tokens(alternative, rules)).ToArray())
            .ToList();
        if (slots.Count(s => s is null) != 1)
            throw new InvalidDataException($"Claims cues: '{row[1]}' must have exactly one X for the source.");
        return new CuePattern(kind, slots, row[1]);
    }

    private static WordPhrases Forms(List<string[]> rows, string kind, TokenizationRules rules) =>
        new(rows.Where(r => r[0] == kind).SelectMany(r => r[1].Split('|')).Select(form => Tokens(form, rules)));

    private static string[] Tokens(string phrase, TokenizationRules rules) =>
        // An elided word alone (dall') is one token in running text, where a word always follows it.
        phrase.EndsWith('\'') || phrase.EndsWith('’')
            ? [EntityLexicon.Fold(phrase)]
            : [.. Tokenizer.Tokenize(phrase, rules).Select(t => EntityLexicon.Fold(phrase.Substring(t.Span.Start, t.Span.Length)))];

    /// <summary>The lexicons of every supported language, loaded once.</summary>
    public sealed class Set(TokenizationRuleSet tokenization)
    {
        private readonly FrozenDictionary<string, AttributionLexicon> _byLanguage =
            SupportedLanguages.All.ToFrozenDictionary(l => l, l => new AttributionLexicon(l, tokenization.For(l)));

        public AttributionLexicon? For(string? language) =>
            language is not null && _byLanguage.TryGetValue(language, out var lexicon) ? lexicon : null;
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Entities;

namespace Cronista.Analysis;

/// <summary>One language's way of naming people together: "and" between two names, and "the two" for the pair last
/// named together. Quotes and events both ask it who "I due" are.</summary>
internal sealed class Coordination
{
    // How many people named before "the two" are looked through for the pair it means.
    private const int Reach = 40;

    // The most characters between two names joined by "and" (" e ", ", ", " and ").
    private const int MaxGap = 6;

    private Coordination(string language)
    {
        var rows = ResourceFiles.ReadLanguageRows("Analysis", language, "coordination.tsv").ToList();
        IEnumerable<string> Forms(string kind) => rows.Where(r => r[0] == kind).SelectMany(r => r[1].Split('|')).Select(EntityLexicon.Fold);
        Conjunctions = Forms("and").ToFrozenSet(StringComparer.Ordinal);
        Groups = new WordPhrases(Forms("group").Select(g => g.Split(' ')));
    }

    /// <summary>Words that join two names (e, and, und, et).</summary>
    public FrozenSet<string> Conjunctions { get; }

    /// <summary>Phrases for "the two" (i due, both, die beiden, les deux).</summary>
    public WordPhrases Groups { get; }

    /// <summary>True when only "and" or a comma stands between two spans of the text: Kim e Putin.</summary>
    public bool Joins(string text, TextSpan left, TextSpan right)
    {
        if (right.Start < left.End || right.Start - left.End > MaxGap)
            return false;
        var between = EntityLexicon.Fold(text[left.End..right.Start].Trim());
        return Conjunctions.Contains(between) || between == ",";
    }

    /// <summary>The two people "the two" at this offset means: the last two named joined by "and", else the last two named;
    /// empty when fewer than two people were named.</summary>
    public ImmutableArray<Entity> PairBefore(EntityIndex index, string text, int offset)
    {
        var earlier = index.Before(offset).Where(p => p.Entity.Type == EntityType.PER).Take(Reach).ToList();
        for (var i = 0; i + 1 < earlier.Count; i++)
        {
            var (left, right) = (earlier[i + 1], earlier[i]);
            if (left.Entity != right.Entity && Joins(text, left.Mention.Span, right.Mention.Span))
                return [left.Entity, right.Entity];
        }
        var lastTwo = earlier.Select(p => p.Entity).Distinct().Take(2).Reverse().ToImmutableArray();
        return lastTwo.Length == 2 ? lastTwo : [];
    }

    /// <summary>The ways of every supported language, loaded once.</summary>
    public sealed class Set
    {
        private readonly FrozenDictionary<string, Coordination> _byLanguage =
            SupportedLanguages.All.ToFrozenDictionary(l => l, l => new Coordination(l));

        public Coordination? For(string? language) =>
            language is not null && _byLanguage.TryGetValue(language, out var coordination) ? coordination : null;
    }
}

using System.Collections.Frozen;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Events;

/// <summary>One language's event knowledge, read from <c>Events/Languages/&lt;iso&gt;/</c>: trigger patterns and the
/// grammatical words that set an event's mode or point to its participants.</summary>
internal sealed class EventLexicon
{
    private EventLexicon(string language, TokenizationRules rules)
    {
        Triggers = [.. ResourceFiles.ReadLanguageRows("Events", language, "triggers.tsv").Select(row => TriggerPattern.Parse(row, rules))];
        var exact = new Dictionary<string, List<TriggerPattern>>(StringComparer.Ordinal);
        var stems = new List<(string Stem, TriggerPattern Pattern)>();
        foreach (var pattern in Triggers)
        {
            foreach (var first in pattern.FirstWords.Distinct())
            {
                if (first.EndsWith('*'))
                    stems.Add((first, pattern));
                else
                    (exact.TryGetValue(first, out var list) ? list : exact[first] = []).Add(pattern);
            }
        }
        _byFirstWord = exact.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byStem = [.. stems];
        var grammar = ResourceFiles.ReadLanguageRows("Events", language, "grammar.tsv")
            .Where(r => r.Length > 1)
            .ToDictionary(r => r[0], r => new Phrases(r[1].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(' ').Select(EntityLexicon.Fold).ToArray())));
        Phrases Of(string kind) => grammar.GetValueOrDefault(kind) ?? new Phrases([]);
        PlannedBefore = Of("planned-before");
        PlannedAfter = Of("planned-after");
        PromisedBefore = Of("promised-before");
        DeniedBefore = Of("denied-before");
        HypotheticalBefore = Of("hypothetical-before");
        Auxiliaries = Of("auxiliary");
        Conjunctions = Of("and");
        AgentPrepositions = Of("agent");
        TargetPrepositions = Of("target");
        LocationPrepositions = Of("location");
        Pronouns = Of("pronoun");
        CountryGroups = Of("country-group");
        Complementizers = Of("complementizer");
        Between = Of("between");
        Genitive = Of("of");
        PeopleGroups = Of("people-group");
        VerbFinal = Of("order").Contains("verb-final");
        FutureEndings = [.. Of("future-endings").Words];
    }

    public IReadOnlyList<TriggerPattern> Triggers { get; }

    private readonly FrozenDictionary<string, TriggerPattern[]> _byFirstWord;
    private readonly (string Stem, TriggerPattern Pattern)[] _byStem;

    /// <summary>The trigger patterns a match starting with this word can come from.</summary>
    public IEnumerable<TriggerPattern> TriggersStartingWith(string word)
    {
        if (_byFirstWord.TryGetValue(word, out var exact))
        {
            foreach (var pattern in exact)
                yield return pattern;
        }
        foreach (var (stem, pattern) in _byStem)
        {
            if (TriggerPattern.Starts(stem, word))
                yield return pattern;
        }
    }

    public Phrases PlannedBefore { get; }
    public Phrases PlannedAfter { get; }
    public Phrases PromisedBefore { get; }
    public Phrases DeniedBefore { get; }
    public Phrases HypotheticalBefore { get; }
    public Phrases Auxiliaries { get; }
    public Phrases Conjunctions { get; }
    public Phrases AgentPrepositions { get; }
    public Phrases TargetPrepositions { get; }
    public Phrases LocationPrepositions { get; }
    public Phrases Pronouns { get; }
    public Phrases CountryGroups { get; }
    public Phrases Complementizers { get; }
    public Phrases Between { get; }
    public Phrases Genitive { get; }
    public Phrases PeopleGroups { get; }

    /// <summary>True where the subject opens the clause and the object stands before a final verb (German).</summary>
    public bool VerbFinal { get; }

    /// <summary>Endings of a verb in the future tense (invierà, enverra).</summary>
    public string[] FutureEndings { get; }

    /// <summary>A set of one- or several-word phrases of one kind.</summary>
    internal sealed class Phrases
    {
        private readonly string[][] _phrases;

        public Phrases(IEnumerable<string[]> phrases)
        {
            _phrases = [.. phrases.OrderByDescending(p => p.Length)];
            Words = _phrases.Where(p => p.Length == 1).Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
        }

        /// <summary>The one-word phrases.</summary>
        public FrozenSet<string> Words { get; }

        public bool Contains(string word) => Words.Contains(word);

        /// <summary>The length of the longest phrase starting at the position, or 0.</summary>
        public int LengthAt(string[] words, int position)
        {
            foreach (var phrase in _phrases)
            {
                if (position + phrase.Length > words.Length)
                    continue;
                var all = true;
                for (var k = 0; k < phrase.Length && all; k++)
                    all = words[position + k] == phrase[k];
                if (all)
                    return phrase.Length;
            }
            return 0;
        }
    }

    /// <summary>The lexicons of every supported language, loaded once.</summary>
    public sealed class Set(TokenizationRuleSet tokenization)
    {
        private readonly FrozenDictionary<string, EventLexicon> _byLanguage =
            SupportedLanguages.All.ToFrozenDictionary(l => l, l => new EventLexicon(l, tokenization.For(l)));

        public EventLexicon? For(string? language) =>
            language is not null && _byLanguage.TryGetValue(language, out var lexicon) ? lexicon : null;
    }
}

using Cronista.Analysis;
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
        // Hand-written patterns come first: on equal specificity the first pattern read wins.
        var sets = ResourceFiles.ReadLanguageRows("Events", language, Verbs.CameoVerbFiles.SetsFile).Where(r => r.Length > 1)
            .ToDictionary(r => r[0], r => TriggerPattern.SetAlternatives(r[1], rules), StringComparer.Ordinal);
        Triggers = [.. ResourceFiles.ReadLanguageRows("Events", language, "triggers.tsv")
            .Select(row => TriggerPattern.Parse(row, rules, name => sets.GetValueOrDefault(name)))
            .Concat(ResourceFiles.ReadLanguageRows("Events", language, Verbs.CameoVerbFiles.TriggersFile)
                .Select(row => TriggerPattern.Parse(row, rules, name => sets.GetValueOrDefault(name), fromDictionary: true)))
            .Select((pattern, order) => pattern.WithOrder(order))];
        Index = new TriggerIndex(Triggers);
        var grammar = ResourceFiles.ReadLanguageRows("Events", language, "grammar.tsv")
            .Where(r => r.Length > 1)
            .ToDictionary(r => r[0], r => new WordPhrases(r[1].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(' ').Select(EntityLexicon.Fold).ToArray())));
        WordPhrases Of(string kind) => grammar.GetValueOrDefault(kind) ?? new WordPhrases([]);
        PlannedBefore = Of("planned-before");
        PlannedAfter = Of("planned-after");
        PromisedBefore = Of("promised-before");
        DeniedBefore = Of("denied-before");
        HypotheticalBefore = Of("hypothetical-before");
        Auxiliaries = Of("auxiliary");
        PassiveAuxiliaries = Of("passive");
        SubjectPronouns = Of("subject-pronoun");
        Conjunctions = Of("and");
        AgentPrepositions = Of("agent");
        TargetPrepositions = Of("target");
        LocationPrepositions = Of("location");
        Pronouns = Of("pronoun");
        CountryGroups = Of("country-group");
        Complementizers = Of("complementizer");
        Between = Of("between");
        Genitive = Of("of");
        VerbFinal = Of("order").Contains("verb-final");
        FutureEndings = [.. Of("future-endings").Words];
    }

    public IReadOnlyList<TriggerPattern> Triggers { get; }

    /// <summary>The patterns by their first and second words, for finding the ones that may match at a token.</summary>
    public TriggerIndex Index { get; }

    public WordPhrases PlannedBefore { get; }
    public WordPhrases PlannedAfter { get; }
    public WordPhrases PromisedBefore { get; }
    public WordPhrases DeniedBefore { get; }
    public WordPhrases HypotheticalBefore { get; }
    public WordPhrases Auxiliaries { get; }

    /// <summary>Pronouns that stand as a clause's subject (it, they; er, sie; il, elle): in a reported clause, its speaker.</summary>
    public WordPhrases SubjectPronouns { get; }

    /// <summary>The auxiliaries of the passive voice (was, were, been; è stato, wurde, a été): the subject before them is acted on.</summary>
    public WordPhrases PassiveAuxiliaries { get; }
    public WordPhrases Conjunctions { get; }
    public WordPhrases AgentPrepositions { get; }
    public WordPhrases TargetPrepositions { get; }
    public WordPhrases LocationPrepositions { get; }
    public WordPhrases Pronouns { get; }
    public WordPhrases CountryGroups { get; }
    public WordPhrases Complementizers { get; }
    public WordPhrases Between { get; }
    public WordPhrases Genitive { get; }

    /// <summary>True where the subject opens the clause and the object stands before a final verb (German).</summary>
    public bool VerbFinal { get; }

    /// <summary>Endings of a verb in the future tense (invierà, enverra).</summary>
    public string[] FutureEndings { get; }

    /// <summary>The lexicons of every supported language, loaded once.</summary>
    public sealed class Set(TokenizationRuleSet tokenization)
    {
        private readonly FrozenDictionary<string, EventLexicon> _byLanguage =
            SupportedLanguages.All.ToFrozenDictionary(l => l, l => new EventLexicon(l, tokenization.For(l)));

        public EventLexicon? For(string? language) =>
            language is not null && _byLanguage.TryGetValue(language, out var lexicon) ? lexicon : null;
    }
}

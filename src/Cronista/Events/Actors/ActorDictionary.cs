using System.Collections.Concurrent;

namespace Cronista.Events.Actors;

/// <summary>What the event coder knows about actors in one language: the names of people, organisations and countries
/// with their CAMEO-style codes (shared by all languages), and the language's agent nouns (officials, truppe, Polizei)
/// with their sector.</summary>
internal sealed class ActorDictionary
{
    private readonly ActorNames _names;
    private readonly AgentLexicon _agents;

    public ActorDictionary(ActorNames names, AgentLexicon agents)
    {
        _names = names;
        _agents = agents;
    }

    /// <summary>The longest known name starting at word <paramref name="start"/> (words folded, as
    /// <see cref="Entities.EntityLexicon.Fold"/> makes them), with its code on <paramref name="date"/>.</summary>
    /// <remarks>A code with dates applies only within them (both included) and wins over the name's default code; with no
    /// date the default code is used, or the one that applies latest. Null when no name starts there.</remarks>
    public ActorMatch? ActorAt(IReadOnlyList<string> words, int start, DateOnly? date) => _names.At(words, start, date);

    /// <summary>The longest agent noun starting at word <paramref name="start"/>, each word matching the sentence's folded
    /// word or its lemma; null when none does.</summary>
    public AgentMatch? AgentAt(IReadOnlyList<string> words, IReadOnlyList<string> lemmas, int start) => _agents.At(words, lemmas, start);

    /// <summary>The dictionaries of every language, each loaded on first use, the names only once.</summary>
    /// <remarks>Thread-safe; build one at start-up and pass it to whatever needs it.</remarks>
    public sealed class Set
    {
        private readonly Lazy<ActorNames> _names = new(ActorNames.Load);
        private readonly ConcurrentDictionary<string, Lazy<ActorDictionary>> _byLanguage = new(StringComparer.Ordinal);

        public ActorDictionary For(string? language) =>
            _byLanguage.GetOrAdd(language ?? Core.SupportedLanguages.Undetermined,
                l => new Lazy<ActorDictionary>(() => new ActorDictionary(_names.Value, AgentLexicon.Load(l)))).Value;
    }
}

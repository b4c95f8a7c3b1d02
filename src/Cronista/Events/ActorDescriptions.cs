using Cronista.Entities;
using Cronista.Knowledge;

namespace Cronista.Events;

/// <summary>A group or person described rather than named: "Romanian officials", "Israeli troops", "Israel's high court".</summary>
/// <param name="Text">The description as written.</param>
/// <param name="Code">Its actor code: the country of the place word and the sector of the role word ("ROU GOV").</param>
/// <param name="End">The local index one past the description's last token.</param>
internal sealed record ActorDescription(string Text, string Code, int End);

/// <summary>Finds descriptions: a country's name or demonym, then within a few words a role with a sector ("ministri", "troops");
/// or a demonym standing as a noun for a country's people ("Palestinians", "gli ucraini"), coded as its civilians.</summary>
internal sealed class ActorDescriptions(RoleLexicon roles, CountryTable countries, Actors.ActorDictionary dictionary, EventLexicon lexicon, string language)
{
    // Words between the place and the role: "Israeli army troops", "Israel's high court", "russische Regierung".
    private const int Reach = 3;

    /// <summary>A role right before a demonym, as Italian and French put them: "le truppe russe", "les autorités ukrainiennes",
    /// "il ministero degli Esteri iraniano".</summary>
    private ActorDescription? Before(SentenceWords sentence, int start, Entity entity, bool demonym)
    {
        for (var k = start - 1; k >= 0 && k >= start - Reach - 1; k--)
        {
            // A place is described through a preposition ("rebels in the Ivory Coast", "i ribelli del Sudan"); a demonym directly.
            var role = roles.MatchAt(language, sentence.Words, k) ?? roles.MatchAt(language, sentence.Lemmas, k);
            var (sector, length) = role is not null ? (role.Role.Sector ?? "", role.Length)
                : dictionary.AgentAt(sentence.Words, sentence.Lemmas, k) is { } agent ? (agent.Sector, agent.End - agent.Start) : (null, 0);
            // Through a preposition the role must be a noun: "obiettivi militari in Iran" are no soldiers.
            if (sector is not null && (demonym ? k + length == start : LinksToPlace(sentence, k + length, start) && sentence.IsNoun[k + length - 1]))
                return new ActorDescription(sentence.Document.TextOf(sentence.SpanOf(k, start + 1)), Code(entity.Country!, sector), start + 1);
        }
        return null;
    }

    /// <summary>The country and the sector; a role whose sector depends on context (leader, spokesman) gives the country alone.</summary>
    private static string Code(string country, string sector) => sector.Length == 0 ? country : $"{country} {sector}";

    /// <summary>True when the words from <paramref name="from"/> to the place are a preposition and at most an article:
    /// "in the", "of", "del", "aus der".</summary>
    private bool LinksToPlace(SentenceWords sentence, int from, int place)
    {
        var gap = place - from;
        if (gap < 1 || gap > 2)
            return false;
        var word = sentence.Words[from];
        var preposition = lexicon.LocationPrepositions.Contains(word) || lexicon.Genitive.Contains(word);
        return preposition && (gap == 1 || sentence.Words[from + 1].Length <= 3);
    }

    /// <summary>The description a country mention opens, or null; "Hungarian and Romanian officials" gives both the role.</summary>
    // Descriptions of the sentence last asked about: every event of a sentence asks about the same mentions.
    private SentenceWords? _sentence;
    private readonly Dictionary<Mention, ActorDescription?> _known = new(ReferenceEqualityComparer.Instance);

    public ActorDescription? Of(SentenceWords sentence, Mention mention, Entity entity)
    {
        if (!ReferenceEquals(sentence, _sentence))
        {
            _sentence = sentence;
            _known.Clear();
        }
        if (!_known.TryGetValue(mention, out var known))
            _known[mention] = known = Find(sentence, mention, entity);
        return known;
    }

    private ActorDescription? Find(SentenceWords sentence, Mention mention, Entity entity)
    {
        // A nationality the tagger left without its country ("Israeli" as MISC) is read as the demonym it is.
        if (entity.Type == EntityType.MISC && entity.Country is null &&
            countries.ByDemonym(language, sentence.Document.TextOf(mention.Span)) is [{ } country])
            entity = entity with { Type = EntityType.LOC, Country = country.Iso3 };
        if (entity.Country is null || entity.Type != EntityType.LOC)
            return null;
        // "Il leader nordcoreano" may be a person's own mention: then the person is the actor, not a description.
        if (sentence.Mentions.Any(p => p.Entity != entity && p.Entity.Type != EntityType.LOC && p.Mention.Span.Start <= mention.Span.Start && mention.Span.End <= p.Mention.Span.End))
            return null;
        var start = sentence.StartOf(mention);
        var end = sentence.EndOf(mention);
        if (Before(sentence, start, entity, mention.Kind == MentionKind.Demonym) is { } before)
            return before;
        for (var k = end; k < sentence.Words.Length && k <= end + Reach; k++)
        {
            if (sentence.Words[k] is "," or ";" or ":" or "(" or ")")
                return null;
            var role = roles.MatchAt(language, sentence.Words, k) ?? roles.MatchAt(language, sentence.Lemmas, k);
            var (sector, length) = role is not null ? (role.Role.Sector ?? "", role.Length)
                : dictionary.AgentAt(sentence.Words, sentence.Lemmas, k) is { } agent ? (agent.Sector, agent.End - agent.Start) : (null, 0);
            if (sector is not null)
            {
                // "Russian President Vladimir Putin": the role is a named person's title, and the person is the actor.
                var titled = sentence.Mentions.Any(p => p.Entity.Type == EntityType.PER && sentence.StartOf(p.Mention) == k + length);
                if (titled)
                    return null;
                // "Hungarian and Romanian officials": this member is the Hungarian one, named by its own word.
                var shared = sentence.Mentions.Any(p => sentence.StartOf(p.Mention) is var other && other >= end && other < k);
                var text = shared ? sentence.Document.TextOf(mention.Span) : sentence.Document.TextOf(sentence.SpanOf(start, k + length));
                return new ActorDescription(text, Code(entity.Country, sector), k + length);
            }
        }
        var last = end - 1;
        if (mention.Kind == MentionKind.Demonym && last >= 0 && last < sentence.IsNoun.Length && sentence.IsNoun[last] && !(end < sentence.IsNoun.Length && sentence.IsNoun[end]))
            return new ActorDescription(sentence.Document.TextOf(mention.Span), $"{entity.Country} CVL", end);
        return null;
    }
}

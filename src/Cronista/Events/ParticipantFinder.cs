using Cronista.Analysis;
using Cronista.Entities;

namespace Cronista.Events;

/// <summary>Finds who acts, on whom and where: the subject before a verb (or the doer after a passive), the first entity after
/// it, and a place after a locative preposition; for nouns, the participants that follow (vertice Russia-USA).</summary>
internal sealed partial class ParticipantFinder(EventLexicon lexicon, Coordination coordination, Func<string, Entity?> countryEntity, ActorDescriptions descriptions)
{
    // How far after a trigger the doer of a passive (firmato … dalle due nazioni) may stand.
    private const int AgentReach = 8;

    // How far after a trigger its place may stand (il vertice Russia-USA in programma in Alaska).
    private const int PlaceReach = 6;

    // Words and gestures between sides take their other side without a locative preposition: a place after one is
    // where they met (met Scholz in Berlin), whereas force and aid are sent into a place (inviato truppe in Russia).
    private static readonly HashSet<string> Diplomatic = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONCEDE", "PROTEST",
    };

    public void Find(SentenceWords sentence, EventDraft draft, EventDraft? previousInSentence, Entity? speaker = null)
    {
        var start = sentence.Local(draft.TriggerStart);
        var end = sentence.Local(draft.TriggerEnd);
        var clauseStart = ClauseStart(sentence, start);
        var clauseEnd = ClauseEnd(sentence, end);
        if (draft.Pattern.Kind == TriggerKind.Noun)
            NounParticipants(sentence, draft, end, clauseEnd);
        // A verb's doer follows "by" only in the passive ("calls by Belarus's rulers" is no doer of "rejected").
        // A pattern that opens with its noun ("trattato … firmato dalle due nazioni") reads a participle after it, a passive too.
        var passive = draft.Pattern.Kind == TriggerKind.Verb && Passive(sentence, start);
        if (draft.Actors.Count == 0 && (passive || draft.Pattern.Kind != TriggerKind.Verb || !sentence.IsVerb[start]))
        {
            Agent(sentence, draft, end, passive);
            // In the passive the subject is who it was done to: "a camp … was attacked by Burundian militiamen".
            if (draft.Actors.Count > 0 && passive)
            {
                var subject = new EventDraft(draft.Pattern, draft.Sentence, draft.TriggerStart, draft.TriggerEnd, draft.Triggers[0]);
                Subject(sentence, subject, clauseStart, start);
                draft.Targets.AddRange(subject.Actors.Where(e => !draft.Actors.Contains(e)));
                foreach (var (entity, description) in subject.Described)
                    draft.Described.TryAdd(entity, description);
            }
        }
        if (draft.Actors.Count == 0 && previousInSentence is { Actors.Count: > 0 } && JoinsPreviousVerb(sentence, start))
            draft.Actors.AddRange(previousInSentence.Actors);
        if (draft.Actors.Count == 0)
            draft.Actors.AddRange(GroupBefore(sentence, start));
        if (draft.Actors.Count == 0 && speaker is not null && PronounBefore(sentence, start))
        {
            // "Iraq said it would allow …": the pronoun of a reported clause is its speaker.
            draft.Actors.Add(speaker);
        }
        // A noun names its own participants ("la guerra russa", "talks between X and Y"); the clause's subject acts only when
        // a verb takes the noun as its object ("hanno compiuto un'invasione", "setzte auf Gespräche"), not in "crimini di
        // guerra" or "la Seconde Guerre mondiale".
        if (draft.Actors.Count == 0 && (draft.Pattern.Kind != TriggerKind.Noun || VerbJustBefore(sentence, start)))
            Subject(sentence, draft, clauseStart, start);
        if (draft.Actors.Count == 0)
            return;
        if (draft.Targets.Count == 0 && draft.Pattern.Kind == TriggerKind.Verb)
            Target(sentence, draft, end, clauseEnd);
        if (draft.Targets.Count == 0 && draft.Actors.Count > 1 && draft.Cameo is ['0', >= '1' and <= '8', ..])
        {
            // Two who cooperate together act on each other: Putin e Kim hanno promesso → Putin with Kim. Two who criticise or
            // attack together do it side by side: "Stati Uniti, Unione Europea, Cina e Russia hanno criticato".
            draft.Targets.AddRange(draft.Actors.Skip(1));
            draft.Actors.RemoveRange(1, draft.Actors.Count - 1);
            draft.Reciprocal = true;
        }
        draft.Location ??= Place(sentence, draft, end, clauseEnd);
        if (draft.Targets.Count == 0 && draft.TargetCountry is null && !draft.Reciprocal)
            TargetFromPlace(sentence, draft, end, clauseEnd);
    }

    /// <summary>With no other side named, the country of the place it happens in is the target when it is not the actor's own
    /// ("has established diplomatic ties with and opened an embassy in Tehran", "threatened to resume attacks in Israel").</summary>
    private void TargetFromPlace(SentenceWords sentence, EventDraft draft, int end, int clauseEnd)
    {
        var own = draft.Actors.Select(a => draft.Described.GetValueOrDefault(a)?.Code.Split(' ')[0] ?? a.Country).ToHashSet(StringComparer.Ordinal);
        var place = draft.Location ?? sentence.Mentions.FirstOrDefault(p => sentence.StartOf(p.Mention) is var start && start > end && start < clauseEnd &&
                                                                           lexicon.LocationPrepositions.Contains(sentence.Words[start - 1]) &&
                                                                           p.Entity.Type == EntityType.LOC && p.Entity.Country is not null).Entity;
        if (place?.Country is not { } country || own.Contains(country) || draft.Actors.Contains(place))
            return;
        if (countryEntity(country) is { } state && !draft.Actors.Contains(state))
            draft.Targets.Add(state);
        else
            draft.TargetCountry = country;
    }

    /// <summary>An obligation's participants: the claim's source demands, of the subject before the word of obligation.</summary>
    public void FindObligation(SentenceWords sentence, EventDraft draft, Entity origin)
    {
        var start = sentence.Local(draft.TriggerStart);
        var subject = new EventDraft(draft.Pattern, draft.Sentence, draft.TriggerStart, draft.TriggerEnd, draft.Triggers[0]);
        Subject(sentence, subject, ClauseStart(sentence, start), start);
        var targets = subject.Actors.Where(e => e != origin).ToList();
        if (targets.Count == 0)
            return;
        draft.Actors.Add(origin);
        draft.Targets.AddRange(targets);
        foreach (var (entity, description) in subject.Described)
            draft.Described.TryAdd(entity, description);
    }

    /// <summary>Participants after a noun: a compound (Russia-USA), an adjective (guerra russa), "di X", "con/contro Y", "tra X e Y".</summary>
    private void NounParticipants(SentenceWords sentence, EventDraft draft, int end, int clauseEnd)
    {
        var after = sentence.Mentions.Where(p => sentence.StartOf(p.Mention) >= end && sentence.StartOf(p.Mention) < clauseEnd).ToList();
        if (after.Count == 0)
            return;
        var first = after[0];
        var firstStart = sentence.StartOf(first.Mention);
        if (firstStart == end)
        {
            // Directly after the noun: "vertice Russia-USA" (two places in one token) or "guerra russa".
            var sameToken = after.TakeWhile(p => sentence.StartOf(p.Mention) == end).ToList();
            draft.Actors.Add(sameToken[0].Entity);
            if (sameToken.Count > 1 && sameToken[1].Entity != sameToken[0].Entity)
                draft.Targets.Add(sameToken[1].Entity);
        }
        else if (firstStart > end && lexicon.Between.Contains(sentence.Words[end]) && after.Count > 1)
        {
            draft.Actors.Add(first.Entity);
            draft.Targets.Add(after.First(p => p.Entity != first.Entity).Entity);
            return;
        }
        else if (lexicon.Genitive.Contains(sentence.Words[end]) && firstStart <= end + 2)
        {
            draft.Actors.Add(first.Entity);
        }
        for (var k = end; k < clauseEnd; k++)
        {
            if (!lexicon.TargetPrepositions.Contains(sentence.Words[k]))
                continue;
            var target = after.FirstOrDefault(p => sentence.StartOf(p.Mention) > k && sentence.StartOf(p.Mention) <= k + 3 && !draft.Actors.Contains(p.Entity));
            if (target.Entity is not null && draft.Actors.Count > 0)
            {
                draft.Targets.Add(target.Entity);
                break;
            }
        }
    }

    /// <summary>The doer of a passive: "firmato … dalle due nazioni", "signed by Russia".</summary>
    private void Agent(SentenceWords sentence, EventDraft draft, int end, bool passive)
    {
        for (var k = end; k < sentence.Words.Length && k <= end + AgentReach; k++)
        {
            if (!lexicon.AgentPrepositions.Contains(sentence.Words[k]))
                continue;
            var group = lexicon.CountryGroups.LengthAt(sentence.Words, k + 1);
            if (group > 0)
            {
                draft.Actors.AddRange(LastCountries(sentence, sentence.SpanOf(k, k + 1).Start, 2));
                return;
            }
            // The doer is a person or body, or a group described by its country ("by Burundian militiamen").
            // In a verbal passive a country is a doer too ("envahi par le Maroc"); after a noun it may be a place of origin.
            var doer = sentence.Mentions.FirstOrDefault(p => sentence.StartOf(p.Mention) is var s && s > k && s <= k + 2 &&
                                                             (p.Entity.Type != EntityType.LOC || descriptions.Of(sentence, p.Mention, p.Entity) is not null ||
                                                              (passive && p.Entity.Subtype == "country")));
            if (doer.Entity is not null)
            {
                draft.Actors.Add(doer.Entity);
                if (doer.Entity.Type == EntityType.LOC && descriptions.Of(sentence, doer.Mention, doer.Entity) is { } description)
                    draft.Described.TryAdd(doer.Entity, description);
            }
            return;
        }
    }

    /// <summary>The nearest person, else organisation, else country before the trigger in its clause, with anyone "and" joins to it;
    /// or "the two" people named together before.</summary>
    private void Subject(SentenceWords sentence, EventDraft draft, int clauseStart, int start)
    {
        var described = new Dictionary<Mention, ActorDescription>();
        foreach (var (mention, entity) in sentence.Mentions)
        {
            if (descriptions.Of(sentence, mention, entity) is { } description && description.End <= start)
                described[mention] = description;
        }
        var before = sentence.Mentions.Where(p => sentence.StartOf(p.Mention) >= clauseStart && sentence.EndOf(p.Mention) <= start &&
                                                  (p.Mention.Kind != MentionKind.Demonym || described.ContainsKey(p.Mention)) && !sentence.IsQuoted(p.Mention)).ToList();
        // Where the verb comes last the subject opens the clause; elsewhere it is the nearest before the verb.
        Func<Func<(Mention Mention, Entity Entity), bool>, (Mention Mention, Entity Entity)> pick = lexicon.VerbFinal ? before.FirstOrDefault : before.LastOrDefault;
        // Where the verb comes last the subject is the first agent of the clause, person or body alike ("Der Oberste
        // Gerichtshof hat den Einspruch Priebkes abgelehnt"); elsewhere a person is preferred, then a body.
        var subject = lexicon.VerbFinal
            ? pick(p => p.Entity.Type is EntityType.PER or EntityType.ORG || described.ContainsKey(p.Mention))
            : pick(p => p.Entity.Type == EntityType.PER || described.ContainsKey(p.Mention));
        if (subject.Entity is null)
            subject = pick(p => p.Entity.Type == EntityType.ORG);
        // A place in a locative phrase opening the clause sets the scene; it does not act ("In Sri Lanka un attentatore …").
        if (subject.Entity is null)
            subject = pick(p => p.Entity.Type == EntityType.LOC && (p.Entity.Subtype == "country" || p.Entity.Country is not null) &&
                                !(sentence.StartOf(p.Mention) - 1 == clauseStart && sentence.StartOf(p.Mention) > 0 &&
                                  lexicon.LocationPrepositions.Contains(sentence.Words[clauseStart])));
        if (subject.Entity is not null)
        {
            var joined = before.Where(p => p.Entity != subject.Entity && p.Entity.Type == subject.Entity.Type && Joined(sentence, p.Mention, subject.Mention)).ToList();
            foreach (var (mention, entity) in joined.Append(subject))
            {
                // "Hungarian and Romanian officials": the role after the last applies to each.
                var description = described.GetValueOrDefault(mention)
                                  ?? (described.GetValueOrDefault(subject.Mention) is { } shared ? Share(sentence, mention, entity, shared) : null);
                if (description is not null)
                    draft.Described.TryAdd(entity, description);
            }
            draft.Actors.AddRange(joined.Select(p => p.Entity).Append(subject.Entity).Distinct().OrderBy(e => before.First(p => p.Entity == e).Mention.Span.Start));
            return;
        }
        var group = GroupAt(sentence, clauseStart);
        draft.Actors.AddRange(group);
    }

    /// <summary>Another place's share of a description: "Hungarian" in "Hungarian and Romanian officials" is HUN GOV.</summary>
    private static ActorDescription? Share(SentenceWords sentence, Mention mention, Entity entity, ActorDescription shared) =>
        entity.Country is { } country && entity.Type == EntityType.LOC
            ? new ActorDescription(sentence.Document.TextOf(mention.Span), $"{country} {shared.Code.Split(' ')[^1]}", sentence.EndOf(mention))
            : null;

    /// <summary>The first entity after the trigger in its clause, a pronoun standing for the person named before (con lui);
    /// a city or region becomes the place, and its country the target.</summary>
    private void Target(SentenceWords sentence, EventDraft draft, int end, int clauseEnd)
    {
        for (var k = end; k < clauseEnd && k <= end + 2; k++)
        {
            if (!lexicon.Pronouns.Contains(sentence.Words[k]))
                continue;
            var trigger = sentence.SpanOf(sentence.Local(draft.TriggerStart), sentence.Local(draft.TriggerStart) + 1).Start;
            var named = sentence.Index.Before(trigger).FirstOrDefault(p => p.Entity.Type == EntityType.PER && !draft.Actors.Contains(p.Entity));
            if (named.Entity is not null)
            {
                draft.Targets.Add(named.Entity);
                return;
            }
        }
        // Inside a phrase with a gap the other side may stand in the gap (warf Russland vor); then after it.
        var diplomatic = draft.Plover is not null && Diplomatic.Contains(draft.Plover);
        var triggerStart = sentence.Local(draft.TriggerStart);
        var after = sentence.Mentions.FirstOrDefault(p => sentence.StartOf(p.Mention) is var start && start > triggerStart && start >= 0 && start < clauseEnd &&
                                                          !draft.Actors.Contains(p.Entity) &&
                                                          (p.Mention.Kind != MentionKind.Demonym || descriptions.Of(sentence, p.Mention, p.Entity) is not null) &&
                                                          !(diplomatic && start > 0 && lexicon.LocationPrepositions.Contains(sentence.Words[start - 1])));
        if (after.Entity is null && lexicon.VerbFinal)
        {
            // German puts the object before a final participle: "Russland hat … die Ukraine angegriffen".
            var actorEnd = sentence.Mentions.Where(p => draft.Actors.Contains(p.Entity)).Select(p => p.Mention.Span.End).DefaultIfEmpty(0).Max();
            after = sentence.Mentions.LastOrDefault(p => p.Mention.Span.Start >= actorEnd && sentence.EndOf(p.Mention) <= sentence.Local(draft.TriggerStart) &&
                                                         !draft.Actors.Contains(p.Entity) && p.Mention.Kind != MentionKind.Demonym && !sentence.IsQuoted(p.Mention) &&
                                                         !(diplomatic && sentence.StartOf(p.Mention) is var s && s > 0 && lexicon.LocationPrepositions.Contains(sentence.Words[s - 1])));
        }
        if (after.Entity is null)
            return;
        var afterStart = sentence.StartOf(after.Mention);
        var placed = afterStart > 0 && lexicon.LocationPrepositions.Contains(sentence.Words[afterStart - 1]);
        if (placed && after.Entity.Type == EntityType.LOC && after.Entity.Subtype is not "country" && after.Entity.Country is { } country)
        {
            draft.Location = after.Entity;
            if (countryEntity(country) is { } state && !draft.Actors.Contains(state))
                draft.Targets.Add(state);
            else if (!draft.Actors.Any(a => a.Country == country))
                draft.TargetCountry = country;
            return;
        }
        draft.Targets.Add(after.Entity);
        if (descriptions.Of(sentence, after.Mention, after.Entity) is { } targetDescription)
            draft.Described.TryAdd(after.Entity, targetDescription);
        // A city struck or entered is also where it happened (ha bombardato Kharkiv).
        if (after.Entity.Type == EntityType.LOC && after.Entity.Subtype is not "country")
            draft.Location ??= after.Entity;
    }

    /// <summary>A city or region after a locative preposition close after the trigger (in Alaska, a Pyongyang).</summary>
    private Entity? Place(SentenceWords sentence, EventDraft draft, int end, int clauseEnd)
    {
        var place = sentence.Mentions.FirstOrDefault(p => sentence.StartOf(p.Mention) is var start && start > end && start < clauseEnd && start - end <= PlaceReach &&
                                                          lexicon.LocationPrepositions.Contains(sentence.Words[start - 1]) &&
                                                          p.Entity.Type == EntityType.LOC && p.Mention.Kind == MentionKind.Name && !draft.Participants.Contains(p.Entity));
        return place.Entity;
    }
}

using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Claims;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Quotes;

namespace Cronista.Events;

/// <summary>Codes who did what to whom: finds trigger words, sets mode and CAMEO code, finds participants, dates events,
/// links them to their claims and merges repeated reports of one event.</summary>
internal sealed class EventCoder(EventLexicon.Set lexicons, Coordination.Set coordinations, CameoTable cameo, Knowledge.RoleLexicon roles, Knowledge.CountryTable countryTable, Actors.ActorDictionary.Set actors)
{
    private const string Stage = "code-events";

    // A promise ("hanno promesso di") governs a trigger that follows within this many tokens ("rafforzare la cooperazione").
    private const int PromiseReach = 2;

    // CAMEO 120, reject: what a refusal to cooperate is coded as.
    private const string RefusalCode = "120";

    public ImmutableArray<CodedEvent> Code(Document document)
    {
        var lexicon = lexicons.For(document.Language);
        var coordination = coordinations.For(document.Language);
        if (lexicon is null || coordination is null)
            return [];
        var index = new EntityIndex(document);
        var countries = index.Entities.Where(e => e.Type == EntityType.LOC && e.Subtype == "country" && e.Country is not null)
            .GroupBy(e => e.Country!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var finder = new ParticipantFinder(lexicon, coordination, code => countries.GetValueOrDefault(code), new ActorDescriptions(roles, countryTable, actors.For(document.Language), lexicon, document.Language!));
        var namedActors = new NamedActorCoder(actors.For(document.Language), lexicon);
        var dater = new EventDater(lexicon);
        var claims = document.Get(Layers.Claims);
        var times = document.Get(Layers.Times);
        var quotations = QuotationMarks.Find(document.Text).Select(q => q.Outer).ToList();
        var drafts = new List<EventDraft>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            var words = new SentenceWords(document, index, sentence, quotations);
            EventDraft? previous = null;
            var claim = SpanSearch.Containing(claims, c => c.Span, sentence.Span.Start);
            foreach (var (start, end, pattern, promised) in Triggers(words, lexicon))
            {
                var draft = new EventDraft(pattern, sentence, sentence.FirstToken + start, sentence.FirstToken + end, words.SpanOf(start, end));
                draft.Mode = ModeOf(words, lexicon, draft, promised);
                draft.Cameo = cameo.IntentOf(pattern.Cameo, draft.Mode);
                if (IsRefusal(words, lexicon, draft))
                {
                    // "Syria says it will not accept more refugees": refusing to cooperate is CAMEO's rejection.
                    draft.Cameo = RefusalCode;
                    draft.Mode = EventMode.Asserted;
                }
                draft.Plover = cameo.PloverOf(draft.Cameo);
                if (draft.Plover is null)
                    continue;
                if (pattern.Kind == TriggerKind.Obligation)
                {
                    // Only a claim's own source demands: "the administration declared that China must …".
                    var reported = SpanSearch.Containing(claims, c => c.Span, draft.Triggers[0].Start) ?? claim;
                    if (ClaimOrigin(reported, index) is not { } origin || reported!.Cue is not { } cue || cue.Start > draft.Triggers[0].Start)
                        continue;
                    finder.FindObligation(words, draft, origin);
                }
                else
                    finder.Find(words, draft, previous, ClaimOrigin(SpanSearch.Containing(claims, c => c.Span, draft.Triggers[0].Start) ?? claim, index));
                if (draft.Actors.Count == 0 || ((pattern.IsBareDictionaryVerb || pattern.NeedsTarget) && draft.Targets.Count == 0 && draft.TargetCountry is null))
                    continue;
                namedActors.Code(words, draft, document.Metadata.Published);
                draft.ClaimId = claim?.Id;
                draft.Account = claim is null ? "" : string.Join(" ← ", claim.SourceChain.Where(s => s.Role is not (SourceRole.Publisher or SourceRole.Agency)).Select(s => s.Name));
                dater.Date(words, draft, SpanSearch.StartingWithin(times, t => t.Span, sentence.Span), claim?.Cue, drafts, document.Metadata.Published);
                draft.Confidence = 0.5 + (draft.Targets.Count > 0 || draft.TargetCountry is not null ? 0.15 : 0) + (draft.Date?.Source == EventDateSource.Expression ? 0.1 : 0);
                drafts.Add(draft);
                previous = draft;
            }
        }
        var merged = new EventMerger(cameo).Merge(drafts);
        return [.. merged.Select((draft, i) => Build(document, draft, i))];
    }

    /// <summary>The triggers of a sentence outside quotations, longest first and not overlapping; a promise ("promesso di")
    /// followed by another trigger becomes that trigger's mode instead of an event of its own.</summary>
    private static List<(int Start, int End, TriggerPattern Pattern, bool Promised)> Triggers(SentenceWords sentence, EventLexicon lexicon)
    {
        var candidates = new List<(int Start, int End, TriggerPattern Pattern)>();
        var starting = new List<TriggerPattern>();
        for (var i = 0; i < sentence.Words.Length; i++)
        {
            if (sentence.Quoted[i])
                continue;
            (int Start, int End, TriggerPattern Pattern)? best = null;
            lexicon.Index.Candidates(sentence.Words, sentence.Lemmas, i, starting);
            foreach (var pattern in starting)
            {
                // A pattern that opens with its verb cannot start on a word that is no verb: most of a verb block's patterns.
                if (pattern.OpensWithVerb && !sentence.IsVerb[i])
                    continue;
                var end = pattern.MatchAt(sentence.Words, i, sentence.Lemmas);
                // A verb pattern needs a verb: "supplies" and "forces" as nouns report nothing.
                if (end > i && pattern.Kind == TriggerKind.Verb && !pattern.IsBlock && !sentence.IsVerb.AsSpan(i, end - i).Contains(true))
                    continue;
                if (end > i && (best is null || pattern.Specificity > best.Value.Pattern.Specificity || MoreSpecificTie(pattern, best.Value.Pattern)))
                    best = (i, end, pattern);
            }
            if (best is { } found)
                candidates.Add(found);
        }
        // A word of obligation stands apart from the verb patterns: a pattern over "said … must" does not hide the demand.
        var chosen = candidates.Where(c => c.Pattern.Kind == TriggerKind.Obligation).ToList();
        foreach (var candidate in candidates.Where(c => c.Pattern.Kind != TriggerKind.Obligation).OrderByDescending(c => c.Pattern.Specificity).ThenBy(c => c.Start))
        {
            if (!chosen.Exists(c => c.Pattern.Kind != TriggerKind.Obligation && c.Start < candidate.End && candidate.Start < c.End))
                chosen.Add(candidate);
        }
        // A match the dictionary marks as no event ("---") only keeps shorter patterns off its words.
        chosen.RemoveAll(c => c.Pattern.IsBlock);
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new List<(int, int, TriggerPattern, bool)>();
        var promised = false;
        for (var k = 0; k < chosen.Count; k++)
        {
            var (start, end, pattern) = chosen[k];
            var governs = pattern.Mode == EventMode.Promised && k + 1 < chosen.Count && chosen[k + 1].Start - end <= PromiseReach;
            if (governs)
            {
                promised = true;
                continue;
            }
            result.Add((start, end, pattern, promised));
            promised = false;
        }
        return result;
    }

    /// <summary>The entity a claim originates from (the speaker, not the outlet that reports it), when any.</summary>
    private static Entity? ClaimOrigin(Claim? claim, EntityIndex index)
    {
        var origin = claim?.SourceChain.FirstOrDefault(s => s.Role == SourceRole.Origin && s.EntityId is not null);
        return origin is null ? null : index.Entities.FirstOrDefault(e => e.Id == origin.EntityId);
    }

    /// <summary>Two dictionary rows that match alike (a verb in two verb blocks: "beat" 190 and 182): the more specific code wins.
    /// Hand-written rows are read first and keep their place.</summary>
    private static bool MoreSpecificTie(TriggerPattern candidate, TriggerPattern best) =>
        candidate.FromDictionary && best.FromDictionary && candidate.Specificity == best.Specificity &&
        CameoTable.MoreSpecific(best.Cameo, candidate.Cameo) == candidate.Cameo && candidate.Cameo != best.Cameo;

    /// <summary>A refusal: an act of cooperation (CAMEO 03–08) negated after a word of the future or of will ("will not accept",
    /// "would not meet"), as opposed to a denial that something happened.</summary>
    private static bool IsRefusal(SentenceWords sentence, EventLexicon lexicon, EventDraft draft)
    {
        if (draft.Mode != EventMode.Denied || draft.Cameo is not ['0', >= '3' and <= '8', ..])
            return false;
        var start = sentence.Local(draft.TriggerStart);
        for (var k = Math.Max(0, start - 4); k < start; k++)
        {
            if (lexicon.PlannedBefore.LengthAt(sentence.Words, k) > 0)
                return true;
        }
        return false;
    }

    private static EventMode ModeOf(SentenceWords sentence, EventLexicon lexicon, EventDraft draft, bool promised)
    {
        var start = sentence.Local(draft.TriggerStart);
        var end = sentence.Local(draft.TriggerEnd);
        bool Before(WordPhrases phrases, int reach)
        {
            for (var k = Math.Max(0, start - reach); k < start; k++)
            {
                if (phrases.LengthAt(sentence.Words, k) > 0)
                    return true;
            }
            return false;
        }
        if (Before(lexicon.DeniedBefore, 3))
            return EventMode.Denied;
        if (promised || draft.Pattern.Mode == EventMode.Promised || Before(lexicon.PromisedBefore, 4))
            return EventMode.Promised;
        if (Before(lexicon.PlannedBefore, 3))
            return EventMode.Planned;
        if (draft.Pattern.Kind == TriggerKind.Noun && Enumerable.Range(end, 3).Any(k => k < sentence.Words.Length && lexicon.PlannedAfter.LengthAt(sentence.Words, k) > 0))
            return EventMode.Planned;
        var verb = sentence.Words[start];
        if (draft.Pattern.Kind == TriggerKind.Verb && lexicon.FutureEndings.Any(e => verb.Length > e.Length + 2 && verb.EndsWith(e, StringComparison.Ordinal)))
            return EventMode.Planned;
        if (Before(lexicon.HypotheticalBefore, 4))
            return EventMode.Hypothetical;
        return draft.Pattern.Mode ?? EventMode.Asserted;
    }

    private CodedEvent Build(Document document, EventDraft draft, int index)
    {
        var target = draft.Targets.Count > 0
            ? Participant(draft.Targets, draft.Described)
            : draft.TargetCountry is { } country ? new EventParticipant(country, [], country) : null;
        return new CodedEvent($"v{index + 1}", cameo.PloverOf(draft.Cameo)!, draft.Cameo, draft.Mode, Participant(draft.Actors, draft.Described), draft.Sentence.Span,
            new Provenance(Stage, draft.Pattern.Text, Math.Round(draft.Confidence, 2)))
        {
            Target = target,
            Date = draft.Date,
            Location = draft.Location is { } place ? Participant([place]) : null,
            Context = cameo.ContextOf(draft.Cameo),
            PloverMode = cameo.PloverModeOf(draft.Cameo),
            Reciprocal = draft.Reciprocal,
            Nominal = draft.Pattern.Kind == TriggerKind.Noun,
            General = draft.Pattern.IsBareDictionaryVerb,
            ClaimId = draft.ClaimId,
            Triggers = [.. draft.Triggers],
        };
    }

    /// <summary>The participant of some entities; an entity standing in a description ("Romanian officials") is named and coded
    /// by the description.</summary>
    private static EventParticipant Participant(IReadOnlyList<Entity> entities, IReadOnlyDictionary<Entity, ActorDescription>? described = null)
    {
        var members = entities.Select(e => described?.GetValueOrDefault(e) is { } d ? new EventActor(d.Text, e.Id, d.Code) : new EventActor(e.Canonical, e.Id, ActorCodes.For(e))).ToList();
        return new(string.Join(" and ", members.Select(m => m.Text)), [.. entities.Select(e => e.Id)], members[0].Code) { Members = [.. members] };
    }
}

using Cronista.Analysis;
using Cronista.Entities;

namespace Cronista.Events;

/// <summary>The clause around a trigger as the participant finder reads it: where the clause starts and ends, the voice and
/// subject pronoun before the verb, and the words that join or group the participants.</summary>
internal sealed partial class ParticipantFinder
{
    /// <summary>True when a verb stands among the three words before a noun: the noun is the verb's object.</summary>
    private static bool VerbJustBefore(SentenceWords sentence, int start)
    {
        for (var k = Math.Max(0, start - 3); k < start; k++)
        {
            if (sentence.IsVerb[k])
                return true;
        }
        return false;
    }

    /// <summary>True when a subject pronoun stands right before the verb, auxiliaries and modals aside ("it would allow").</summary>
    private bool PronounBefore(SentenceWords sentence, int start)
    {
        var k = start - 1;
        while (k >= 0 && (lexicon.Auxiliaries.Contains(sentence.Words[k]) || lexicon.PlannedBefore.Contains(sentence.Words[k])))
            k--;
        return k >= 0 && lexicon.SubjectPronouns.Contains(sentence.Words[k]);
    }

    /// <summary>True when a passive auxiliary stands right before the verb, adverbs aside ("was attacked", "have been demobilized").</summary>
    private bool Passive(SentenceWords sentence, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            if (lexicon.PassiveAuxiliaries.Contains(sentence.Words[k]))
                return true;
        }
        return false;
    }

    /// <summary>"… e ha discusso": a verb joined by "and" to the one before shares its subject.</summary>
    private bool JoinsPreviousVerb(SentenceWords sentence, int start)
    {
        var k = start - 1;
        while (k >= 0 && lexicon.Auxiliaries.Contains(sentence.Words[k]))
            k--;
        return k >= 0 && lexicon.Conjunctions.Contains(sentence.Words[k]);
    }

    private bool Joined(SentenceWords sentence, Mention left, Mention right) =>
        left.Span.Start < right.Span.Start
            ? coordination.Joins(sentence.Document.Text, left.Span, right.Span)
            : coordination.Joins(sentence.Document.Text, right.Span, left.Span);

    /// <summary>"i due hanno discusso": a phrase for "the two" just before the verb and its auxiliaries.</summary>
    private List<Entity> GroupBefore(SentenceWords sentence, int start)
    {
        var k = start;
        while (k > 0 && lexicon.Auxiliaries.Contains(sentence.Words[k - 1]))
            k--;
        for (var length = 1; length <= 4 && k - length >= 0; length++)
        {
            if (coordination.Groups.LengthAt(sentence.Words, k - length) == length)
                return GroupAt(sentence, k - length);
        }
        return [];
    }

    /// <summary>"I due …" at the start of the clause: the two people last named together, or the last two named.</summary>
    private List<Entity> GroupAt(SentenceWords sentence, int clauseStart) =>
        coordination.Groups.LengthAt(sentence.Words, clauseStart) == 0
            ? []
            : [.. coordination.PairBefore(sentence.Index, sentence.Document.Text, sentence.SpanOf(clauseStart, clauseStart + 1).Start)];

    /// <summary>The last distinct countries named before an offset (cities count for their country).</summary>
    private List<Entity> LastCountries(SentenceWords sentence, int offset, int count)
    {
        var codes = sentence.Index.Before(offset).Where(p => p.Entity.Type == EntityType.LOC && p.Entity.Country is not null)
            .Select(p => p.Entity.Country!).Distinct().Take(count).Reverse().ToList();
        var found = codes.Select(countryEntity).OfType<Entity>().ToList();
        return found.Count == count ? found : [];
    }

    private int ClauseStart(SentenceWords sentence, int start)
    {
        for (var k = start - 1; k >= 0; k--)
        {
            if (lexicon.Complementizers.Contains(sentence.Words[k]) && !sentence.Quoted[k])
                return k + 1;
        }
        return 0;
    }

    private int ClauseEnd(SentenceWords sentence, int end)
    {
        for (var k = end; k < sentence.Words.Length; k++)
        {
            // The other side and the place of an event stand before the next reported clause or the next comma outside quotes.
            if ((lexicon.Complementizers.Contains(sentence.Words[k]) || sentence.Words[k] is "," or ";") && !sentence.Quoted[k])
                return k;
        }
        return sentence.Words.Length;
    }
}

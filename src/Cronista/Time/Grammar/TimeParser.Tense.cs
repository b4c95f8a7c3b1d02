using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

/// <summary>The tense of the verb a date belongs to: which way a weekday, a month or a month-day without a year points.</summary>
internal enum Tense { Unknown, Past, Present, Future }

internal sealed partial class TimeParser
{
    /// <summary>True when the verb nearest a date at token i is in the future (voterà, will, wird, sera), or the text looks ahead.</summary>
    private bool IsFutureSentence(int i) => _forward || TenseAt(i).Tense == Tense.Future;

    /// <summary>Which way a bare month lies: ahead after a future verb or a deadline, the nearest one after a present verb ("the case
    /// is heard in May"), else this one or a past one.</summary>
    private Direction MonthDirection(int i) =>
        IsFuture(i) ? Direction.Future : !_forward && TenseAt(i).Tense == Tense.Present ? Direction.Nearest : Direction.Past;

    /// <summary>How close a past verb must stand to move a month-day a year back ("issued July 1", "the record set on Aug. 6"):
    /// farther off, a present verb the data cannot see may stand between ("said the offer, which expires Dec. 15").</summary>
    private const int PastDayReach = 8;

    /// <summary>Which way a month-day without a year lies: ahead after a future verb or a deadline, back right after a past verb,
    /// else the nearest occurrence.</summary>
    private Direction DayDirection(int i)
    {
        if (IsFuture(i))
            return Direction.Future;
        var (tense, distance) = TenseAt(i);
        return tense == Tense.Past && distance <= PastDayReach ? Direction.Past : Direction.Nearest;
    }

    /// <summary>The tense of the verb nearest token i in its sentence, and how far it stands: the nearest one before the date, else
    /// the nearest one after it, within the language's reach.</summary>
    /// <remarks>The nearest verb rather than any cue nearby: in "the summit will be on Friday, the White House said on Tuesday" the
    /// future is Friday's and the past Tuesday's; in "will be named commander of the shuttle for a mission in December" the
    /// future reaches the month across the participle; in "shares issued July 1, which will receive" the date is the past one.</remarks>
    private (Tense Tense, int Distance) TenseAt(int i)
    {
        if (_tenses.TryGetValue(i, out var known))
            return known;
        var (first, end) = SentenceAround(i);
        var reach = _lang.TenseReach;
        (Tense, int) found = (Tense.Unknown, int.MaxValue);
        for (var k = i - 1; k >= Math.Max(first, i - reach); k--)
        {
            var tense = VerbTense(k, i);
            if (tense != Tense.Unknown)
            {
                found = (tense, i - k);
                break;
            }
        }
        if (found.Item1 == Tense.Unknown)
        {
            for (var k = i + 1; k < Math.Min(end, i + reach + 1); k++)
            {
                var tense = VerbTense(k, end);
                if (tense != Tense.Unknown)
                {
                    found = (tense, k - i);
                    break;
                }
            }
        }
        _tenses[i] = found;
        return found;
    }

    /// <summary>The tense token k gives, with its auxiliaries: "will be named" is future, "had been due to" past.</summary>
    private Tense VerbTense(int k, int limit)
    {
        if (!_t.IsWord(k))
            return Tense.Unknown;
        // "agreed to purchase" looks ahead, "agreed to the merger" does not: an article after a cue of several words makes its
        // last word a preposition.
        if (FutureCueAt(k, out var cueEnd) && cueEnd <= limit && (cueEnd == k + 1 || !Is(cueEnd, LexKind.Attributive)) ||
            HasFutureEnding(k))
            return AuxiliaryBefore(k) == Tense.Past ? Tense.Past : Tense.Future;
        if (Lex(k, LexKind.TenseLink, out var link, out _) && link.Value == "PRESENT")
            return Tense.Present;
        if (!IsPastForm(k))
            return Tense.Unknown;
        return AuxiliaryBefore(k) switch
        {
            Tense.Future => Tense.Future,
            Tense.Present => Tense.Present,
            _ => Tense.Past,
        };
    }

    /// <summary>The auxiliary that owns the verb at k, across forms of "be" (will be named, had been scheduled): future, a past
    /// perfect, the present (is heard), or none.</summary>
    private Tense AuxiliaryBefore(int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 3); j--)
        {
            if (Lex(j, LexKind.TenseLink, out var link, out _))
            {
                if (link.Value == "PRESENT")
                    return Tense.Present;
                continue;
            }
            if (FutureCueAt(j, out var end) && end <= k)
                return Tense.Future;
            if (Lex(j, LexKind.PastCue, out var past, out _) && past.Value == "PERFECT")
                return Tense.Past;
            break;
        }
        return Tense.Unknown;
    }

    private bool HasFutureEnding(int k)
    {
        // A name (Alexandra, Sierra) or a listed look-alike (caméra, opéra: a FutureCue row valued NOT) is no verb.
        if (_t.IsCapitalized(k) || Lex(k, LexKind.FutureCue, out var listed, out _) && listed.Value == "NOT")
            return false;
        var norm = _t.Norm(k);
        foreach (var ending in _lang.FutureEndings)
        {
            if (norm.Length >= ending.Length + 3 && norm.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>A listed future cue at k (will, sera, prévu), not a look-alike listed to stop an ending from matching.</summary>
    private bool FutureCueAt(int k, out int end) => Lex(k, LexKind.FutureCue, out var entry, out end) && entry.Value != "NOT";

    /// <summary>A past verb form: a listed one (said, met), or a lower-case word with a past ending (ended, issued) that is no
    /// listed look-alike (hundred, need) nor an adjective after an article.</summary>
    private bool IsPastForm(int k)
    {
        if (Lex(k, LexKind.PastCue, out var entry, out _))
            return entry.Value != "NOT";
        if (_t.IsCapitalized(k) || _lang.PastEndings.Length == 0 || IsAttributive(k))
            return false;
        var norm = _t.Norm(k);
        foreach (var (ending, past) in _lang.PastEndings)
        {
            if (norm.Length >= ending.Length + 3 && norm.EndsWith(ending, StringComparison.Ordinal))
                return past;
        }
        return false;
    }

    /// <summary>True when the word at k stands after an article or possessive, across an adverb ("a still unspecified date").</summary>
    private bool IsAttributive(int k) =>
        Is(k - 1, LexKind.Attributive) || Lex(k - 1, LexKind.TenseLink, out var link, out _) && link.Value != "PRESENT" && Is(k - 2, LexKind.Attributive);
}

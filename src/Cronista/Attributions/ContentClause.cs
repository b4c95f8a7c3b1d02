using Cronista.Text;

namespace Cronista.Attributions;

/// <summary>Where the content after a cue starts and ends: PolNeAR's content is the reported clause, with “that” and
/// any quotation marks, without the full stop or what the sentence goes on to add (…, which …; — ; and said …).</summary>
internal static class ContentClause
{
    // "that" this close after the cue opens the content (said in a statement Tuesday night that …).
    private const int ThatReach = 8;

    private const int RecipientReach = 12;

    private static readonly HashSet<string> Dashes = ["—", "–", "--", "-", "―"];

    private static readonly HashSet<string> Subordinators = ["because", "while", "when", "after", "so", "although", "though", "unless", "whereas"];

    /// <summary>Where the content after a cue starts: at “that” when it comes soon, after the addressee of “told”.</summary>
    public static int Start(SentenceWords words, AttributionCues lexicon, Sentence sentence, int cueEnd)
    {
        // told an audience at a literary festival in Houston last week that …: the addressee may be long.
        var reach = lexicon.Recipients.Contains(words.Words[cueEnd - 1]) ? RecipientReach : ThatReach;
        for (var k = cueEnd; k < Math.Min(sentence.EndToken, cueEnd + reach); k++)
        {
            if (words.Words[k] == "that")
                return k;
            if (words.Upos[k] is "VERB" or "AUX" || words.Words[k] is "," or ":" || words.IsQuoteMark(k))
                break;
        }
        var start = cueEnd;
        if (lexicon.Recipients.Contains(words.Words[cueEnd - 1]) && SourcePhrase.Right(words, start, sentence.EndToken) is var addressee and > 0)
            start = addressee;
        // said repeatedly "…", adding later, "…": an adverb before the content belongs to neither cue nor content.
        while (start < sentence.EndToken && (words.Words[start] is "," or ":" || Dashes.Contains(words.Words[start])
            || words.Upos[start] == "ADV" && (words.Words[start].EndsWith("ly", StringComparison.Ordinal)
                || start + 1 < sentence.EndToken && (words.Words[start + 1] == "," || words.IsQuoteMark(start + 1)))))
        {
            start++;
        }
        return start;
    }

    /// <summary>The end of the content that starts at <paramref name="start"/>: the end of its clause.</summary>
    public static int End(SentenceWords words, AttributionCues lexicon, Sentence sentence, int start)
    {
        var end = SentenceEnd(words, sentence, start);
        if (start >= end)
            return start;
        // A quotation opened right after the cue is the content; inside it, commas and dashes are the speaker's.
        if (words.QuoteStartingAt(start) is { } quote)
            return Math.Min(end, Math.Max(start + 1, words.TokenAt(quote.End)));
        // A content without a verb so far is the cue's object (praised Rubio): it ends with its noun phrase.
        var clause = words.Words[start] is "that" or "whether" or "if" or "how" or "why" or "what" or "to";
        var infinitive = words.Words[start] == "to";
        for (var k = start + 1; k < end; k++)
        {
            if (words.InsideQuote(k))
                continue;
            if (words.Upos[k] is "VERB" or "AUX")
            {
                if (!clause && words.Words[k - 1] == "and")
                    return k - 1;
                clause = true;
            }
            if (words.Words[k] == ";" || IsMissedBoundary(words, k))
                return k;
            var word = words.Words[k];
            var nextWord = k + 1 < end ? words.Words[k + 1] : "";
            var nextIsVerb = k + 1 < end && words.Upos[k + 1] is "VERB";
            if (Dashes.Contains(word) && !IsInnerHyphen(words, k))
                return k;
            if (word == "according" && nextWord == "to")
                return k;
            // …, he replied, “…”; …, the Times reported: the next attribution starts here.
            if (word == "," && SourcePhrase.Right(words, k + 1, end) is var subject and > 0 && subject < end
                && words.Upos[subject] is "VERB" && lexicon.At(words.Words, subject) is not null)
            {
                return k;
            }
            // said they had misgivings, but could not bear to insult him: a reported clause's second predicate is reported too.
            if (word == "," && (nextWord is "which" or "according" or "adding" or "saying" or "while" || nextWord == "but" && !(clause && StartsPredicate(words, k + 2, end))
                || nextIsVerb && nextWord != "including" && (nextWord.EndsWith("ing", StringComparison.Ordinal) || lexicon.At(words.Words, k + 1) is not null)
                || nextWord == "and" && k + 2 < end && words.Upos[k + 2] == "VERB"))
            {
                return k;
            }
            if (word == "and" && nextIsVerb && lexicon.At(words.Words, k + 1) is { Kind: CueKind.Speech })
                return k;
            // chastised Clinton for the server but did not recommend charges: a second predicate of the source's.
            if (!clause && word == "but" && StartsPredicate(words, k + 1, end))
                return k;
            // criticized the act as a “crazy system” during a campaign stop: a cue's object ends before when it was said.
            if (!clause && words.Words[k - 1] != "," && word is "during" or "since" or "despite" or "amid")
                return k;
            // warned states to boost their security after hackers targeted them: a cue's object or aim ends before why or
            // when it was said.
            if ((!clause || infinitive) && Subordinators.Contains(word))
                return k;
        }
        return end;
    }

    /// <summary>True when a verb phrase without its own subject starts at <paramref name="k"/> (did not recommend; has
    /// since left; also had to).</summary>
    private static bool StartsPredicate(SentenceWords words, int k, int end)
    {
        while (k < end && words.Upos[k] is "ADV" or "PART")
            k++;
        return k < end && words.Upos[k] is "VERB" or "AUX";
    }

    /// <summary>A full stop before an opening quotation mark inside a sentence: a boundary the splitter missed (… with
    /// Mr. Cruz. ''I don't want …'' he said).</summary>
    public static bool IsMissedBoundary(SentenceWords words, int k) =>
        words.Words[k] is "." or "?" or "!" && k + 1 < words.Tokens.Length && words.IsQuoteMark(k + 1) && words.QuoteStartingAt(k + 1) is not null;

    /// <summary>The first token after the last missed boundary in [<paramref name="from"/>, <paramref name="to"/>), else <paramref name="from"/>.</summary>
    public static int AfterMissedBoundary(SentenceWords words, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (!words.InsideQuote(k) && IsMissedBoundary(words, k))
                return k + 1;
        }
        return from;
    }

    /// <summary>The end of the sentence without its closing full stop.</summary>
    public static int SentenceEnd(SentenceWords words, Sentence sentence, int start)
    {
        var end = sentence.EndToken;
        while (end > start && AttributionFinder.IsFinal(words, sentence, end - 1))
            end--;
        return end;
    }

    /// <summary>A hyphen joining two words (well-known) is no dash.</summary>
    internal static bool IsInnerHyphen(SentenceWords words, int k) =>
        words.Words[k] == "-" && k > 0 && k + 1 < words.Tokens.Length
        && words.Tokens[k - 1].Span.End == words.Tokens[k].Span.Start && words.Tokens[k].Span.End == words.Tokens[k + 1].Span.Start;
}

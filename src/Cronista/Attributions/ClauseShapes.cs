using Cronista.Text;

namespace Cronista.Attributions;

/// <summary>Short phrase shapes around a cue that decide what belongs to its content: a participle that interrupts a
/// quote, a time phrase before a comma, an opening phrase before the source, a paraphrase with a cue of its own.</summary>
internal static class ClauseShapes
{
    /// <summary>The token after a participle phrase that opens with a comma at <paramref name="from"/> (, pointing; ,
    /// referring to the excuse), or -1: a phrase of this shape interrupts a quote without taking it.</summary>
    public static int ParticipleEnd(SentenceWords words, AttributionCues lexicon, Sentence sentence, int from)
    {
        // A reporting participle that introduces the quote itself (, adding, “…”) is a cue of its own.
        if (from + 2 >= sentence.EndToken || words.Words[from] != "," || words.Upos[from + 1] != "VERB" || !words.Words[from + 1].EndsWith("ing", StringComparison.Ordinal)
            || lexicon.At(words.Words, from + 1) is { Kind: CueKind.Speech } && words.Words[from + 2] is "," or ":")
        {
            return -1;
        }
        for (var k = from + 2; k < sentence.EndToken && k - from <= AttributionFinder.MaxTailWords + 2; k++)
        {
            if (words.Words[k] == "," || AttributionFinder.IsFinal(words, sentence, k))
                return k;
            if (words.IsQuoteMark(k) || words.Upos[k] is "AUX" || words.Upos[k] == "VERB" && !words.Words[k].EndsWith("ing", StringComparison.Ordinal))
                return -1;
        }
        return -1;
    }

    /// <summary>Where a content in [<paramref name="start"/>, <paramref name="end"/>) stops: at the comma before a quote an
    /// earlier cue resumed (referring to the excuse, “…”), or before a quotation another cue took; else <paramref name="end"/>.</summary>
    public static int FreeUntil(SentenceWords words, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (words.Used[k])
            {
                if (k > start && words.IsQuoteMark(k) && words.Words[k - 1] == ",")
                    return k - 1;
                // … worth examining because “…,” she said: a quotation another cue took ends this content before it.
                return k > start && words.QuoteStartingAt(k) is not null ? k : end;
            }
        }
        return end;
    }

    /// <summary>True when tokens [from, to) hold a reliable cue verb right after a name or pronoun, outside quotes (He
    /// said he had not seen it): a paraphrase with an attribution of its own.</summary>
    public static bool HasOwnCue(SentenceWords words, AttributionCues lexicon, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (lexicon.IsFirst(words.Words, k) && words.Upos[k] == "VERB" && words.Upos[k - 1] is "PRON" or "PROPN" && !words.InsideQuote(k))
                return true;
        }
        return false;
    }

    /// <summary>True when tokens [from, to) are a preposition's phrase or a participle's without a finite verb (During
    /// his years in office; Campaigning against Romney in 2012).</summary>
    public static bool IsOpeningPhrase(SentenceWords words, int from, int to)
    {
        if (to <= from || !(words.Upos[from] == "ADP" || words.Upos[from] == "VERB" && words.Words[from].EndsWith("ing", StringComparison.Ordinal)))
            return false;
        for (var k = from + 1; k < to; k++)
        {
            if (words.IsQuoteMark(k) || words.Upos[k] == "AUX" || words.Upos[k] == "VERB" && !words.Words[k].EndsWith("ing", StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>True when token <paramref name="k"/> closes a quotation.</summary>
    public static bool QuoteBefore(SentenceWords words, int k) => words.IsQuoteMark(k) && words.QuoteEndingAt(k) is not null;

    /// <summary>The comma that ends a short phrase without a verb or quote starting at <paramref name="from"/> (said Friday
    /// afternoon, as …), or <paramref name="from"/> when there is none.</summary>
    public static int ShortPhraseEnd(SentenceWords words, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from <= AttributionFinder.MaxTailWords; k++)
        {
            if (words.Words[k] == ",")
                return k > from && k + 1 < sentence.EndToken && !words.IsQuoteMark(k + 1) && words.Words[k + 1] is not ("that" or "however") ? k : from;
            if (words.Upos[k] is "VERB" or "AUX" || words.IsQuoteMark(k) || words.Words[k] is ":" or ";")
                return from;
        }
        return from;
    }
}

namespace Cronista.Attributions;

/// <summary>The noun phrase that names a source next to its cue, as PolNeAR marks it: determiners, titles and the
/// prepositional tail included (a spokesman for the campaign), an appositive or relative clause left out.</summary>
internal static class SourcePhrase
{
    // Longer runs are more likely a clause the tagger misread than a name with a title.
    private const int MaxWords = 12;

    private static readonly HashSet<string> Nominal = ["PROPN", "NOUN", "PRON", "NUM", "X"];
    private static readonly HashSet<string> Inner = ["PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "X", "PART"];
    private static readonly HashSet<string> Possessives = ["his", "her", "their", "its", "our", "my", "your"];

    // Words that open a noun phrase the tagger may read as adverbs or pronouns (not everyone, nearly eight of 10 voters).
    private static readonly HashSet<string> Quantifiers = ["not", "nearly", "almost", "all", "many", "most", "some", "both", "each", "every", "several", "few"];

    // An object pronoun ends a prepositional tail (those close to him), never a subject on its own.
    private static readonly HashSet<string> ObjectPronouns = ["him", "them", "me", "us", "whom"];

    private static readonly HashSet<string> Linking = ["of", "for", "at", "from", "with", "in", "on", "and", "to", "'s", "-", "&"];

    /// <summary>The first token of the phrase that ends right before <paramref name="end"/>, or -1.</summary>
    public static int Left(SentenceWords words, int first, int end)
    {
        var k = end - 1;
        // A bracketed party and state after the name, right before the cue: Rep. John Mica (R-Fla.) said.
        if (k > first && words.Words[k] == ")" && BracketStart(words, first, k) is var open and > 0 && open - 1 >= first && words.Upos[open - 1] == "PROPN")
            k = open - 1;
        if (k < first || !Nominal.Contains(words.Upos[k]) || words.Used[k])
            return -1;
        // A personal or relative pronoun is the whole source (he said; who said).
        if (words.Upos[k] == "PRON" && !ObjectPronouns.Contains(words.Words[k]))
            return k;
        var start = k;
        while (k - 1 >= first && end - (k - 1) <= MaxWords && !words.Used[k - 1])
        {
            var previous = k - 1;
            // A bracketed party and state belongs to the name: Rep. Sander M. Levin (Mich.).
            if (words.Words[previous] == ")" && BracketStart(words, first, previous) is var bracket and >= 0 && bracket > first)
            {
                k = bracket;
                continue;
            }
            if (Inner.Contains(words.Upos[previous]) && words.Upos[previous] != "PRON" || Possessives.Contains(words.Words[previous])
                || Quantifiers.Contains(words.Words[previous]) || ObjectPronouns.Contains(words.Words[previous]) && previous - 1 >= first && words.Words[previous - 1] is "to" or "of" or "for" or "with")
                k = previous;
            else if (Linking.Contains(words.Words[previous]) && previous - 1 >= first && Inner.Contains(words.Upos[previous - 1]) && words.Upos[previous - 1] != "PRON")
                k = previous;
            else
                break;
            if (words.IsWord(k) || words.Words[k] is "'s" or "-")
                start = k;
        }
        while (start < end && Linking.Contains(words.Words[start]))
            start++;
        return start < end ? start : -1;
    }

    private static int BracketEnd(SentenceWords words, int open, int end)
    {
        for (var k = open + 1; k < end && k - open <= 6; k++)
        {
            if (words.Words[k] == ")")
                return k;
        }
        return -1;
    }

    private static int BracketStart(SentenceWords words, int first, int close)
    {
        for (var k = close - 1; k >= first && close - k <= 6; k--)
        {
            if (words.Words[k] == "(")
                return k;
        }
        return -1;
    }

    /// <summary>One past the last token of the phrase that starts at <paramref name="start"/>, or -1.</summary>
    public static int Right(SentenceWords words, int start, int end)
    {
        if (start >= end || !(Inner.Contains(words.Upos[start]) || words.Upos[start] == "PRON") || words.Used[start])
            return -1;
        if (words.Upos[start] == "PRON" && !Possessives.Contains(words.Words[start]))
            return start + 1;
        var k = start;
        while (k < end && k - start < MaxWords && !words.Used[k])
        {
            // A bracketed party and state belongs to the name: said Rep. G.K. Butterfield (D-N.C.).
            if (words.Words[k] == "(" && k > start && words.Upos[k - 1] == "PROPN" && BracketEnd(words, k, end) is var close and > 0)
                k = close + 1;
            else if (Inner.Contains(words.Upos[k]) && words.Upos[k] != "PRON" || Possessives.Contains(words.Words[k]))
                k++;
            else if (Linking.Contains(words.Words[k]) && k + 1 < end && Inner.Contains(words.Upos[k + 1]))
                k++;
            else
                break;
        }
        while (k > start && Linking.Contains(words.Words[k - 1]))
            k--;
        return k > start && (Nominal.Contains(words.Upos[k - 1]) || words.Words[k - 1] == ")") ? k : -1;
    }

    /// <summary>The first token of a name with its appositives or relative clause, commas or dashes included (Huma
    /// Abedin, vice chairwoman for the campaign, said; Ms. Gedrich, who works in retail, said), or -1.</summary>
    public static int Appositive(SentenceWords words, int first, int end)
    {
        var k = end - 1;
        if (k <= first || !IsBreak(words, k))
            return -1;
        for (var layer = 0; layer < MaxAppositives; layer++)
        {
            var open = k - 1;
            while (open > first && !IsBreak(words, open) && !words.IsQuoteMark(open) && !words.Used[open] && k - open <= MaxAppositiveWords)
                open--;
            if (open <= first || !IsBreak(words, open) || !OpensAppositive(words, open + 1))
                return -1;
            if (Left(words, first, open) is var name and >= 0)
                return name;
            k = open;
        }
        return -1;
    }

    private const int MaxAppositives = 3;

    // An appositive or relative clause longer than this is more likely the rest of a sentence.
    private const int MaxAppositiveWords = 25;

    private static bool IsBreak(SentenceWords words, int k) => words.Words[k] is "," or "—" or "--" or "–";

    private static bool OpensAppositive(SentenceWords words, int k) =>
        words.Upos[k] is "DET" or "ADJ" or "NOUN" or "PROPN" or "NUM" || words.Words[k] is "who" or "whose" or "which" or "at" or "of" or "for" or "from" or "then" or "now";

    /// <summary>The subject of the sentence's first verb, for a cue that shares it: Clinton celebrated … and said; the
    /// official walked back the comments, saying that ….</summary>
    public static (int Start, int End)? Subject(SentenceWords words, AttributionCues lexicon, int first, int cueStart)
    {
        var joiner = cueStart - 1;
        if (joiner <= first || words.Words[joiner] is not ("and" or "," or "but" or "then"))
            return null;
        var verb = first;
        while (verb < joiner && words.Upos[verb] is not ("VERB" or "AUX"))
            verb++;
        if (verb >= joiner)
            return null;
        while (verb - 1 > first && lexicon.Prefixes.Contains(words.Words[verb - 1]))
            verb--;
        var start = Appositive(words, first, verb);
        if (start < 0)
            start = Left(words, first, verb);
        return start >= 0 && !words.AnyUsed(start, verb) ? (start, verb) : null;
    }

    /// <summary>One past the end of a name's appositive after an inverted cue (said Lionel Sosa, a Texas media consultant),
    /// up to the end of the sentence or to the comma before a participle or preposition (…, 31, in a statement), that
    /// comma included; <paramref name="end"/> when there is none.</summary>
    public static int TrailingAppositive(SentenceWords words, int end, int sentenceEnd)
    {
        if (end + 1 >= sentenceEnd || words.Words[end] != "," || !OpensAppositive(words, end + 1))
            return end;
        for (var k = end + 1; k < sentenceEnd; k++)
        {
            if (words.IsQuoteMark(k) || words.Used[k])
                return end;
            if (words.Words[k] == "," && k + 1 < sentenceEnd && (words.Upos[k + 1] is "VERB" or "ADP" or "SCONJ" || words.IsQuoteMark(k + 1)))
                return k + 1;
        }
        return sentenceEnd;
    }
}

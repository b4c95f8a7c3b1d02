namespace Cronista.Attributions;

/// <summary>The noun phrase that names a source next to its cue, as PolNeAR marks it: determiners, titles and the
/// prepositional tail included (a spokesman for the campaign), an appositive or relative clause left out.</summary>
internal static class SourcePhrase
{
    // Longer runs are more likely a clause the tagger misread than a name with a title.
    private const int MaxWords = 12;

    private static readonly HashSet<string> Nominal = ["PROPN", "NOUN", "PRON", "NUM", "X"];
    private static readonly HashSet<string> Inner = ["PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "X", "PART"];
    private static readonly HashSet<string> Linking = ["of", "for", "at", "from", "with", "in", "on", "and", "to", "'s", "-"];

    /// <summary>The first token of the phrase that ends right before <paramref name="end"/>, or -1.</summary>
    public static int Left(SentenceWords words, int first, int end)
    {
        var k = end - 1;
        if (k < first || !Nominal.Contains(words.Upos[k]) || words.Used[k])
            return -1;
        // A personal or relative pronoun is the whole source (he said; who said).
        if (words.Upos[k] == "PRON")
            return k;
        var start = k;
        while (k - 1 >= first && end - (k - 1) <= MaxWords && !words.Used[k - 1])
        {
            var previous = k - 1;
            if (Inner.Contains(words.Upos[previous]) && words.Upos[previous] != "PRON" || words.Words[previous] is "his" or "her" or "their" or "its" or "our")
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

    /// <summary>One past the last token of the phrase that starts at <paramref name="start"/>, or -1.</summary>
    public static int Right(SentenceWords words, int start, int end)
    {
        if (start >= end || !(Inner.Contains(words.Upos[start]) || words.Upos[start] == "PRON") || words.Used[start])
            return -1;
        if (words.Upos[start] == "PRON" && words.Words[start] is not ("his" or "her" or "their" or "its" or "our"))
            return start + 1;
        var k = start;
        while (k < end && k - start < MaxWords && !words.Used[k])
        {
            if (Inner.Contains(words.Upos[k]) && words.Upos[k] != "PRON" || words.Words[k] is "his" or "her" or "their" or "its" or "our")
                k++;
            else if (Linking.Contains(words.Words[k]) && k + 1 < end && Inner.Contains(words.Upos[k + 1]))
                k++;
            else
                break;
        }
        while (k > start && Linking.Contains(words.Words[k - 1]))
            k--;
        return k > start && Nominal.Contains(words.Upos[k - 1]) ? k : -1;
    }

    /// <summary>The first token of a name with its appositive, commas included (Huma Abedin, vice chairwoman for the
    /// campaign, said), when it opens the sentence; or -1.</summary>
    public static int Appositive(SentenceWords words, int first, int end)
    {
        if (end - 1 <= first || words.Words[end - 1] != ",")
            return -1;
        var description = Left(words, first, end - 1);
        if (description <= first || words.Words[description - 1] != ",")
            return -1;
        var name = Left(words, first, description - 1);
        var opening = first;
        while (opening < name && (words.Upos[opening] is "CCONJ" or "PUNCT"))
            opening++;
        return name >= 0 && name == opening ? name : -1;
    }
}

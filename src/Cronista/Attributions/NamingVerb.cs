namespace Cronista.Attributions;

/// <summary>“called” that gives a name rather than reports a view: a stream called Miracle Run, the program, called
/// EB-5, a website called “Cape Breton If Trump Wins”. PolNeAR marks none of them; “the senator called Clinton a liar”
/// and “a city called the Crossroads of America by its citizens” stay cues.</summary>
internal static class NamingVerb
{
    private static readonly HashSet<string> Naming = ["called", "dubbed", "named", "nicknamed"];

    // A name is at most this many tokens long before what follows shows whether a judgement comes after it.
    private const int MaxNameTokens = 5;

    public static bool IsNaming(SentenceWords words, int k, int sentenceEnd)
    {
        // A reduced relative clause follows a common noun or a comma; after a name or a pronoun the verb has a subject.
        if (!Naming.Contains(words.Words[k]) || k == 0 || !(words.Upos[k - 1] == "NOUN" || words.Words[k - 1] == ","))
            return false;
        var end = k + 1;
        if (end < sentenceEnd && words.IsQuoteMark(end) && words.QuoteStartingAt(end) is { } quoted)
            end = words.TokenAt(quoted.End);
        else
        {
            while (end < sentenceEnd && end - k <= MaxNameTokens && (words.Upos[end] == "PROPN" || words.Upos[end] == "NUM" || words.Words[end] is "-" or "'s"))
                end++;
        }
        if (end == k + 1)
            return false;
        return end >= sentenceEnd || words.Words[end] != "by" && (words.Upos[end] is "PUNCT" or "ADP" or "CCONJ" or "SCONJ" || words.Words[end] is "that" or "which" or "who");
    }
}

using Cronista.Text;

namespace Cronista.Attributions;

/// <summary>A cue in the passive voice (The nominee has been endorsed by dozens of papers): what is attributed is the
/// subject before it and the source is the agent after “by”, which PolNeAR counts as part of the cue.</summary>
internal static class PassiveCue
{
    private static readonly HashSet<string> Be = ["is", "was", "were", "are", "been", "be", "being", "'s", "'re"];

    /// <summary>The cue with its “by”, the agent and the subject, when the cue [<paramref name="cueStart"/>,
    /// <paramref name="cueEnd"/>) is a passive verb group followed by “by”; else null.</summary>
    public static ((int From, int To) Cue, (int From, int To) Source, (int From, int To) Content)? Find(SentenceWords words, Sentence sentence, int cueStart, int cueEnd)
    {
        var by = cueEnd < sentence.EndToken && words.Words[cueEnd] == "by" ? cueEnd : words.Words[cueEnd - 1] == "by" ? cueEnd - 1 : -1;
        if (by < 0 || !IsPassive(words, cueStart, by))
            return null;
        var agentEnd = SourcePhrase.Right(words, by + 1, ContentClause.SentenceEnd(words, sentence, by + 1));
        var subject = SourcePhrase.Left(words, sentence.FirstToken, cueStart);
        if (agentEnd < 0 || subject < 0)
            return null;
        return ((cueStart, by + 1), (by + 1, agentEnd), (subject, cueStart));
    }

    // was endorsed, has been supported, is being criticized: a form of "be" and a verb after it.
    private static bool IsPassive(SentenceWords words, int cueStart, int by)
    {
        var k = by - 1;
        if (k <= cueStart - 1 || words.Upos[k] != "VERB")
            return false;
        for (var j = Math.Max(0, cueStart - 1); j < k; j++)
        {
            if (Be.Contains(words.Words[j]))
                return true;
        }
        return false;
    }
}

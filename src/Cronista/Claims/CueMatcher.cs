using Cronista.Analysis;

namespace Cronista.Claims;

/// <summary>Finds reporting phrases in a sentence's words, letting adverbs and time expressions stand between their parts
/// (hanno inoltre riferito che; secondo quanto riportato oggi dai media).</summary>
internal static class CueMatcher
{
    private const int MaxSourceWords = 3;

    /// <summary>Every match of every pattern, left to right; several may start at one token (Airbus said it: "X said" and "said X").</summary>
    /// <param name="patterns">The reporting phrases of the language, indexed by their first word.</param>
    /// <param name="words">The sentence's tokens, folded.</param>
    /// <param name="skippable">True for tokens that may stand between the parts of a phrase.</param>
    public static List<CueMatch> Find(AttributionLexicon patterns, string[] words, bool[] skippable)
    {
        var found = new List<CueMatch>();
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var pattern in patterns.PatternsStartingWith(words[i]))
            {
                if (MatchAt(pattern, words, skippable, i) is { } match)
                    found.Add(match);
            }
        }
        return found;
    }

    private static CueMatch? MatchAt(CuePattern pattern, string[] words, bool[] skippable, int start)
    {
        var sourceSlot = pattern.SourceSlot;
        if (sourceSlot == 0)
        {
            // X afferma che: the phrase starts here and the source ends here.
            var end = MatchSlots(pattern, 1, words, skippable, start, skipFirst: false);
            return end > start ? new CueMatch(pattern, start, end, start, start) : null;
        }
        var position = MatchSlots(pattern, 0, sourceSlot, words, skippable, start, skipFirst: false);
        if (position < 0)
            return null;
        if (sourceSlot == pattern.Slots.Count - 1)
            return new CueMatch(pattern, start, position, position, words.Length);
        // The source stands between two parts of the phrase (nella lettura X, in the X account): the shortest that lets the rest match.
        for (var length = 1; length <= MaxSourceWords && position + length <= words.Length; length++)
        {
            var rest = MatchSlots(pattern, sourceSlot + 1, words, skippable, position + length, skipFirst: true);
            if (rest >= 0)
                return new CueMatch(pattern, start, rest, position, position + length);
        }
        return null;
    }

    private static int MatchSlots(CuePattern pattern, int from, string[] words, bool[] skippable, int position, bool skipFirst) =>
        MatchSlots(pattern, from, pattern.Slots.Count, words, skippable, position, skipFirst);

    private static int MatchSlots(CuePattern pattern, int from, int to, string[] words, bool[] skippable, int position, bool skipFirst)
    {
        for (var s = from; s < to; s++)
        {
            if (s > from || skipFirst)
                position = Skip(skippable, position);
            var next = MatchSlot(pattern.Slots[s]!, words, position);
            if (next < 0)
                return -1;
            position = next;
        }
        return position;
    }

    private static int MatchSlot(string[][] alternatives, string[] words, int position)
    {
        foreach (var alternative in alternatives)
        {
            if (WordPhrases.StartsAt(alternative, words, position))
                return position + alternative.Length;
        }
        return -1;
    }

    private static int Skip(bool[] skippable, int position)
    {
        while (position < skippable.Length && skippable[position])
            position++;
        return position;
    }
}

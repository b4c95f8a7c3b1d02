using Cronista.Text;

namespace Cronista.Attributions;

/// <summary>Which source an attribution takes when the rules' noun phrase is not the whole story: the source of the cue
/// it is joined to, or a longer one the tagger marked.</summary>
internal static class SourceChoice
{
    /// <summary>The source of the attribution just before a cue that joins it (he said …, adding that …; Merrill says …
    /// and said …): PolNeAR marks the one subject as the source of both.</summary>
    public static (int From, int To)? SharedSource(SentenceWords words, AttributionCues lexicon, Sentence sentence, int cueStart)
    {
        var joiner = cueStart - 1;
        while (joiner > sentence.FirstToken && lexicon.Prefixes.Contains(words.Words[joiner]))
            joiner--;
        if (joiner <= sentence.FirstToken || words.Words[joiner] is not ("," or "and" or "but" or "then"))
            return null;
        (int From, int To)? nearest = null;
        var nearestEnd = sentence.FirstToken;
        foreach (var (from, to, end) in words.Sources)
        {
            if (end <= joiner + 1 && end > nearestEnd)
                (nearest, nearestEnd) = ((from, to), end);
        }
        return nearest;
    }

    /// <summary>A free source the tagger marked over the rule's, when it is longer: the rules stop at a participle or a
    /// clause inside a name (a report released last year found; a union representing flight attendants endorsed).</summary>
    public static (int From, int To)? Longer(SentenceWords words, (int From, int To) source, (int From, int To) cue, List<(int From, int To)> content)
    {
        foreach (var c in words.TaggedSources)
        {
            if (c.Start < source.To && source.From < c.End && c.End - c.Start > source.To - source.From && !words.AnyUsed(c.Start, c.End)
                && !(c.Start < cue.To && cue.From < c.End) && !content.Exists(x => x.From < c.End && c.Start < x.To))
            {
                return (c.Start, c.End);
            }
        }
        return null;
    }
}

using Cronista.Text;

namespace Cronista.Entities;

/// <summary>Finds runs of capitalised words that may be names: Vladimir Putin, Banca d’Italia, Esercito popolare di Corea.</summary>
internal static class NameRunFinder
{
    public static List<NameRun> Find(TextParts text, Sentence sentence, EntityLexicon lexicon)
    {
        var runs = new List<NameRun>();
        var firstWord = FirstWord(text, sentence);
        var t = sentence.FirstToken;
        while (t < sentence.EndToken)
        {
            if (!IsCapitalisedWord(text, t))
            {
                t++;
                continue;
            }
            var start = t;
            var end = t + 1;
            while (end < sentence.EndToken)
            {
                if (IsCapitalisedWord(text, end) && Adjacent(text, end - 1, end))
                    end++;
                else if (end + 1 < sentence.EndToken && IsParticle(text, end, lexicon) && IsCapitalisedWord(text, end + 1))
                    end += 2;
                else
                    break;
            }
            var headFirst = lexicon.OrganisationHeads.Contains(Lower(text, start));
            if (headFirst && lexicon.AdjectiveEndings.Length > 0)
                end = ExtendOverAdjectives(text, end, sentence.EndToken, lexicon);
            var headLast = lexicon.OrganisationHeads.Contains(Lower(text, end - 1));
            runs.Add(new NameRun(start, end, start == firstWord, headFirst || headLast));
            t = end;
        }
        return runs;
    }

    /// <summary>Organisation names whose adjectives follow the head (Banca centrale europea, Partito democratico, Esercito popolare di Corea).</summary>
    private static int ExtendOverAdjectives(TextParts text, int end, int sentenceEnd, EntityLexicon lexicon)
    {
        var probe = end;
        while (probe < sentenceEnd && probe - end < 2 && text.Tokens[probe].Kind == TokenKind.Word && lexicon.LooksLikeAdjective(Lower(text, probe)) && char.IsLower(text.Text[text.Tokens[probe].Span.Start]))
            probe++;
        if (probe == end)
            return end;
        var next = probe;
        if (next + 1 < sentenceEnd && IsParticle(text, next, lexicon) && IsCapitalisedWord(text, next + 1))
        {
            next += 2;
            while (next < sentenceEnd && IsCapitalisedWord(text, next))
                next++;
            return next;
        }
        return probe;
    }

    private static int FirstWord(TextParts text, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (text.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
                return t;
        }
        return sentence.FirstToken;
    }

    public static bool IsCapitalisedWord(TextParts text, int token) =>
        text.Tokens[token].Kind == TokenKind.Word && char.IsUpper(text.Text[text.Tokens[token].Span.Start]);

    private static bool IsParticle(TextParts text, int token, EntityLexicon lexicon) =>
        text.Tokens[token].Kind is TokenKind.Word or TokenKind.Symbol && lexicon.Particles.Contains(Lower(text, token)) &&
        !char.IsUpper(text.Text[text.Tokens[token].Span.Start]);

    /// <summary>Tokens on either side of a line break are not one name.</summary>
    private static bool Adjacent(TextParts text, int left, int right) =>
        text.Text.AsSpan(text.Tokens[left].Span.End, text.Tokens[right].Span.Start - text.Tokens[left].Span.End).IndexOf('\n') < 0;

    public static string Lower(TextParts text, int token) => EntityLexicon.Fold(text.TokenText(token));
}

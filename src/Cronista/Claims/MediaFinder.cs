using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Claims;

/// <summary>Finds the press named as a source: a noun for the press with, around it, an article, "state" and a country
/// (i media statali di Pyongyang, Russian state media, les médias russes).</summary>
internal static class MediaFinder
{
    private const int Window = 3;

    public static List<MediaMention> Find(Document document, Sentence sentence, string[] words, AttributionLexicon lexicon, EntityLexicon entities,
        Func<TextSpan, string?> countryOf)
    {
        var tokens = document.Get(Layers.Tokens);
        var found = new List<MediaMention>();
        for (var i = 0; i < words.Length; i++)
        {
            var nounLength = lexicon.MediaNouns.LengthAt(words, i);
            if (nounLength == 0)
                continue;
            var start = i;
            var end = i + nounLength;
            var state = lexicon.StateAdjectives.LengthAt(words, i) > 0;
            string? country = null;
            // Before the noun: "state", a country adjective, an article (the Russian state media, die staatlichen Medien).
            for (var k = i - 1; k >= 0 && k >= i - Window; k--)
            {
                if (lexicon.StateAdjectives.LengthAt(words, k) > 0)
                    state = true;
                else if (countryOf(tokens[sentence.FirstToken + k].Span) is { } before)
                    country ??= before;
                else if (!entities.Determiners.Contains(words[k]))
                    break;
                start = k;
            }
            // After it: "state", a country adjective, or "of/di + place" (media statali di Pyongyang).
            for (var k = end; k < words.Length && k < end + Window;)
            {
                var adjective = lexicon.StateAdjectives.LengthAt(words, k);
                if (adjective > 0)
                {
                    state = true;
                    k += adjective;
                    end = k;
                }
                else if (countryOf(tokens[sentence.FirstToken + k].Span) is { } after)
                {
                    country ??= after;
                    end = ++k;
                }
                else if ((entities.Particles.Contains(words[k]) || entities.Contractions.Contains(words[k])) && k + 1 < words.Length &&
                         countryOf(tokens[sentence.FirstToken + k + 1].Span) is { } named)
                {
                    country ??= named;
                    k += 2;
                    end = k;
                }
                else
                {
                    break;
                }
            }
            var span = new TextSpan(tokens[sentence.FirstToken + start].Span.Start, tokens[sentence.FirstToken + end - 1].Span.End);
            found.Add(new MediaMention(start, end, span, country, state));
            i = end - 1;
        }
        return found;
    }
}

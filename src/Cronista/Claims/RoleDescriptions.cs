using Cronista.Analysis;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Claims;

/// <summary>Finds the person a role description stands for ("il presidente", "le porte-parole du Quai d'Orsay"): the person
/// the article named earlier next to the same noun (Enrico Corsini, il presidente del Consorzio; le porte-parole …, François Rivasseau).</summary>
internal static class RoleDescriptions
{
    // How many tokens may separate the name from its title in the earlier apposition (il presidente del Consorzio Enrico Corsini).
    private const int AppositionReach = 5;

    /// <summary>The person, or null when no earlier name stands next to the description's noun.</summary>
    public static Entity? Resolve(SentenceContext context, int start, int end)
    {
        var head = Head(context, start, end);
        if (head is null)
            return null;
        var tokens = context.Tokens;
        var quoted = context.QuotedSpans;
        foreach (var (mention, entity) in context.Index.Before(context.Sentence.Span.Start))
        {
            if (entity.Type != EntityType.PER || quoted.Any(q => q.Contains(mention.Span)))
                continue;
            var first = context.Index.TokenAt(mention.Span.Start);
            var last = context.Index.TokenAt(mention.Span.End - 1);
            if (NextTo(context, tokens, head, first - 1, -1) || NextTo(context, tokens, head, last + 1, +1))
                return entity;
        }
        return null;
    }

    /// <summary>The description's noun: its first word that is not an article or a preposition.</summary>
    private static string? Head(SentenceContext context, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (context.Tokens[context.FirstToken + k].Kind == TokenKind.Word && !context.Lexicon.IsOpener(context.Words[k]) &&
                !context.Lexicon.Particles.Contains(context.Words[k]))
                return context.Words[k];
        }
        return null;
    }

    /// <summary>True when the noun stands within reach of the name, walking away from it, with no full stop between.</summary>
    private static bool NextTo(SentenceContext context, System.Collections.Immutable.ImmutableArray<Token> tokens, string head, int from, int step)
    {
        for (int t = from, n = 0; t >= 0 && t < tokens.Length && n < AppositionReach; t += step, n++)
        {
            var word = EntityLexicon.Fold(context.Document.TextOf(tokens[t].Span));
            if (word == head)
                return true;
            if (tokens[t].Kind == TokenKind.Punctuation && word is not ("," or "'" or "’"))
                return false;
        }
        return false;
    }
}

using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Entities;

namespace Cronista.Eval.Ner;

/// <summary>Turns predicted mentions (character spans) into tags on the gold tokens.</summary>
internal static class MentionProjection
{
    /// <summary>The predicted tags of every gold token, from an analysed document's mentions layer.</summary>
    public static ImmutableArray<ImmutableArray<NerTag>> Project(EvalText text, Document analysed, MentionPolicy policy) =>
        Project(text, analysed.Get(Layers.Mentions), policy, analysed.ProducerOf(Layers.Mentions) == MentionStage.ModelProducer);

    /// <summary>The predicted tags of every gold token of the document, sentence by sentence.</summary>
    /// <remarks>
    /// A gold token belongs to a mention when its character span lies inside the mention's span; the first such
    /// token gets B-, the following ones I-. Gold data is flat, so overlapping mentions are resolved as annotators
    /// do, keeping the outermost: longer mentions first, then earlier ones, then the more confident; a mention that
    /// would share a token with one already placed is dropped. A mention covering no whole token tags nothing.
    /// </remarks>
    /// <param name="text">The gold document's text and token spans.</param>
    /// <param name="mentions">The predicted mentions.</param>
    /// <param name="policy">Which mentions count, and as what.</param>
    /// <param name="modelFoundNames">True when a trained model decided the names (see <see cref="MentionPolicy.TypeOf"/>).</param>
    public static ImmutableArray<ImmutableArray<NerTag>> Project(EvalText text, IEnumerable<Mention> mentions, MentionPolicy policy, bool modelFoundNames = false)
    {
        var flat = text.TokenSpans.SelectMany(s => s).ToArray();
        var tags = new NerTag[flat.Length];
        Array.Fill(tags, NerTag.Outside);
        var scored = mentions
            .Select(m => (Mention: m, Type: policy.TypeOf(m, modelFoundNames)))
            .Where(m => m.Type is not null)
            .OrderByDescending(m => m.Mention.Span.Length)
            .ThenBy(m => m.Mention.Span.Start)
            .ThenByDescending(m => m.Mention.Provenance.Confidence);
        foreach (var (mention, type) in scored)
        {
            var (first, end) = CoveredTokens(flat, mention.Span);
            if (first >= end || Enumerable.Range(first, end - first).Any(i => !tags[i].IsOutside))
                continue;
            tags[first] = NerTag.Begin(type!);
            for (var i = first + 1; i < end; i++)
                tags[i] = NerTag.Inside(type!);
        }
        var result = ImmutableArray.CreateBuilder<ImmutableArray<NerTag>>(text.TokenSpans.Length);
        var offset = 0;
        foreach (var sentence in text.TokenSpans)
        {
            result.Add([.. tags.AsSpan(offset, sentence.Length)]);
            offset += sentence.Length;
        }
        return result.MoveToImmutable();
    }

    /// <summary>The range [first, end) of tokens lying inside the span; tokens are in text order and do not overlap.</summary>
    private static (int First, int End) CoveredTokens(TextSpan[] tokens, TextSpan span)
    {
        var first = LowerBound(tokens, span.Start);
        var end = first;
        while (end < tokens.Length && tokens[end].End <= span.End)
            end++;
        return (first, end);
    }

    private static int LowerBound(TextSpan[] tokens, int start)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < start)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}

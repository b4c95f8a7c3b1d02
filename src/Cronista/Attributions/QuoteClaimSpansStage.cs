using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Quotes;

namespace Cronista.Attributions;

/// <summary>Attribution spans for languages the span finder has no cue list for (it, de, fr), read off the quotes and claims:
/// each quotation with a cue is an attribution of the quoted words, with that cue, and with its speaker as written nearest
/// the cue as source; each claim with a cue and its source beside it one of the rest of its sentence (<see cref="ClaimSpans"/>).
/// English keeps the span finder's attributions.</summary>
internal sealed class QuoteClaimSpansStage(Func<string?, bool> hasSpanFinder) : IStage
{
    public string Name => "attribute-quote-claim-spans";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Attributions, Layers.Quotes, Layers.Claims, Layers.Entities];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Attributions];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        if (hasSpanFinder(document.Language) || !document.Get(Layers.Attributions).IsEmpty)
            return document;
        var entities = document.Get(Layers.Entities).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var found = ImmutableArray.CreateBuilder<Attribution>();
        foreach (var quote in document.Get(Layers.Quotes))
        {
            if (quote.Cue is not { } cue)
                continue;
            found.Add(new Attribution(cue, [quote.Span], CueKind.Speech, new Provenance(Name, quote.Provenance.Rule, quote.Provenance.Confidence))
            {
                Source = quote.SpeakerSpan ?? SpeakerNearest(document, quote, cue, entities),
            });
        }
        foreach (var claim in document.Get(Layers.Claims))
        {
            if (ClaimSpans.Of(document, claim, entities, Name) is { } reported && !found.Any(a => a.Cue.Start < reported.Cue.End && reported.Cue.Start < a.Cue.End))
                found.Add(reported);
        }
        found.Sort((a, b) => a.Cue.Start.CompareTo(b.Cue.Start));
        return document.With(Layers.Attributions, found.ToImmutable(), Name);
    }

    // How far from its cue a speaker's name may stand and still be the one the cue introduces (characters).
    private const int MaxSpeakerDistance = 200;

    /// <summary>The mention of one of the quote's speakers closest to its cue, outside the quoted words, joined with the
    /// speaker's mentions right beside it (Finanzminister + Lars Klingbeil).</summary>
    private static TextSpan? SpeakerNearest(Document document, Quote quote, TextSpan cue, Dictionary<string, Entity> entities)
    {
        TextSpan? best = null;
        Entity? speaker = null;
        var bestDistance = MaxSpeakerDistance + 1;
        foreach (var id in quote.Speakers)
        {
            if (!entities.TryGetValue(id, out var entity))
                continue;
            foreach (var mention in entity.Mentions)
            {
                if (mention.Span.Start < quote.Span.End && quote.Span.Start < mention.Span.End)
                    continue;
                var distance = mention.Span.End <= cue.Start ? cue.Start - mention.Span.End : Math.Max(0, mention.Span.Start - cue.End);
                if (distance < bestDistance)
                    (best, bestDistance, speaker) = (mention.Span, distance, entity);
            }
        }
        if (best is not { } span || speaker is null)
            return best;
        var grown = true;
        while (grown)
        {
            grown = false;
            foreach (var other in speaker.Mentions)
            {
                if (Beside(document, other.Span, span) || Beside(document, span, other.Span))
                {
                    span = new TextSpan(Math.Min(span.Start, other.Span.Start), Math.Max(span.End, other.Span.End));
                    grown = true;
                }
            }
        }
        return span;
    }

    // Two mentions one after the other with only a space between: one phrase naming the speaker.
    private static bool Beside(Document document, TextSpan first, TextSpan second) =>
        first.End <= second.Start && second.Start - first.End <= 1 && document.Text.AsSpan(first.End, second.Start - first.End).IsWhiteSpace();
}

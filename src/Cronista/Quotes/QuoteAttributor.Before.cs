using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Claims;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Quotes;

/// <summary>The rules that find a speaker named before the quotation or around it: the subject of its clause, a pronoun,
/// the speaker of the quotation before, a description, people joined by "and".</summary>
internal sealed partial class QuoteAttributor
{
    /// <summary>The nearest person (else organisation, else a country opening the sentence) before the quotation in its clause.</summary>
    private static Quote? Subject(QuoteWindow window, Quote quote, ImmutableArray<Sentence> sentences, SentenceContext context)
    {
        var before = window.Index.Within(window.Span(window.From, window.QuoteToken))
            .Where(p => p.Mention.Kind != MentionKind.Demonym && !window.InsideOtherQuote(p.Mention.Span))
            .ToList();
        var speaker = before.LastOrDefault(p => p.Entity.Type == EntityType.PER);
        if (speaker.Entity is null)
            speaker = before.LastOrDefault(p => p.Entity.Type == EntityType.ORG);
        if (speaker.Entity is null)
            speaker = before.FirstOrDefault(p => p.Entity.Type == EntityType.LOC && p.Entity.Subtype == "country" && window.OpensSentenceAt(p.Mention.Span));
        if (speaker.Entity is not null)
        {
            var speakers = Coordinated(window, speaker.Mention, before);
            return quote with { Speakers = speakers, Cue = window.CueBetween(speaker.Mention.Span.End, MaxCueWords), Provenance = new Provenance(Stage, "subject-before", 0.7) };
        }
        var group = GroupAtStart(window, sentences);
        if (!group.IsDefaultOrEmpty)
            return quote with { Speakers = group, Provenance = new Provenance(Stage, "the-two", 0.6) };
        return Pronoun(window, quote, context);
    }

    /// <summary>"… il refusa et examina d'autres possibilités : «…»": a pronoun subject before the quotation is the person last named.</summary>
    private static Quote? Pronoun(QuoteWindow window, Quote quote, SentenceContext context)
    {
        for (var t = window.From; t < window.QuoteToken; t++)
        {
            if (!context.Attribution.Pronouns.Contains(window.Words(t)))
                continue;
            return SourceResolver.LastPerson(context, window.Sentence.Span.Start) is { } person
                ? quote with { Speakers = [person.Id], Provenance = new Provenance(Stage, "pronoun-before", 0.5) }
                : null;
        }
        return null;
    }

    /// <summary>A quotation with no cue of its own continues the previous speaker's words: one that opens the next sentence,
    /// or one that follows the reporting verb of the quotation before it ("…," an official said, "…").</summary>
    private static Quote? Continuing(QuoteWindow window, Quote quote, Quote? previous)
    {
        if (previous is null || previous.Speakers.IsDefaultOrEmpty && previous.SpeakerSpan is null)
            return null;
        // "… est « de ne pas méconnaître … » et de « trouver … »": a second quotation of the sentence with no speaker of its own.
        var sameSentence = window.Sentence.Span.Contains(previous.Span.Start);
        var nextSentence = window.OpensSentence && window.Sentence.Span.Start - previous.Span.End < 400;
        if (!sameSentence && !nextSentence)
            return null;
        return quote with
        {
            Speakers = previous.Speakers,
            SpeakerSpan = previous.SpeakerSpan,
            SourceChain = quote.SourceChain.IsDefaultOrEmpty ? previous.SourceChain : quote.SourceChain,
            Provenance = new Provenance(Stage, "continued-speech", 0.5),
        };
    }

    /// <summary>"Il ministro degli esteri georgiano afferma che … una “minaccia non velata”": a speaker the document names only by
    /// description, as its claim's source, written before the quotation in the same sentence.</summary>
    private static Quote? Described(QuoteWindow window, Quote quote, Claim? claim)
    {
        if (claim is null || claim.SourceChain.LastOrDefault() is not { Role: SourceRole.Origin, EntityId: null } origin)
            return null;
        var before = window.Span(window.From, window.QuoteToken);
        var at = window.Document.Text.IndexOf(origin.Name, before.Start, Math.Max(0, window.Outer.Start - before.Start), StringComparison.Ordinal);
        return at < 0 ? null : quote with { SpeakerSpan = new TextSpan(at, at + origin.Name.Length), Provenance = new Provenance(Stage, "described-source", 0.5) };
    }

    /// <summary>The speaker and whoever "and" joins to them (Kim e Putin).</summary>
    private static ImmutableArray<string> Coordinated(QuoteWindow window, Mention speaker, List<(Mention Mention, Entity Entity)> before)
    {
        var people = new List<(Mention Mention, Entity Entity)>();
        foreach (var candidate in before.Where(p => p.Entity.Type == EntityType.PER))
        {
            if (candidate.Mention == speaker || window.Coordination.Joins(window.Document.Text, candidate.Mention.Span, speaker.Span) ||
                window.Coordination.Joins(window.Document.Text, speaker.Span, candidate.Mention.Span))
                people.Add(candidate);
        }
        var speakerEntity = before.First(p => p.Mention == speaker).Entity;
        if (!people.Exists(p => p.Mention == speaker))
            people.Add((speaker, speakerEntity));
        return [.. people.OrderBy(p => p.Mention.Span.Start).Select(p => p.Entity.Id).Distinct()];
    }

    /// <summary>"I due hanno …": the two people last named together, or else the last two people named.</summary>
    private static ImmutableArray<string> GroupAtStart(QuoteWindow window, ImmutableArray<Sentence> sentences)
    {
        return window.StartsWithGroup()
            ? [.. window.Coordination.PairBefore(window.Index, window.Document.Text, window.Sentence.Span.Start).Select(e => e.Id)]
            : [];
    }
}

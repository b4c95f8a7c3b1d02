using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Claims;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Quotes;

/// <summary>Gives each quotation its speaker, cue and chain of sources.</summary>
/// <remarks>
/// In order: words a text says (a treaty that provides for "…") belong to the text; a quotation that opens its sentence
/// belongs to the source of the reporting verb after it ("…", said Smith); otherwise to the nearest person (then
/// organisation) before it in its sentence, with anyone joined to them by "and", or to "the two" named together before.
/// </remarks>
internal sealed partial class QuoteAttributor(
    QuoteLexicon.Set lexicons, AttributionLexicon.Set attributions, EntityLexicon.Set entityLexicons, Coordination.Set coordinations, SourceResolver resolver)
{
    private const string Stage = "attribute-quotes";

    // How far back a relative clause may reach for the document noun it describes, and how far a quote may follow it.
    private const int DocumentReach = 20;
    private const int RelativeReach = 12;

    // The most words between a speaker and the quote that are still read as the cue (ha molto apprezzato).
    private const int MaxCueWords = 5;

    public ImmutableArray<Quote> Attribute(Document document)
    {
        var marks = QuotationMarks.Find(document.Text);
        if (marks.Count == 0)
            return [];
        var index = new EntityIndex(document);
        var sentences = document.Get(Layers.Sentences);
        var claims = document.Get(Layers.Claims);
        var times = document.Get(Layers.Times).Select(t => t.Span).ToList();
        var lexicon = lexicons.For(document.Language);
        var attribution = attributions.For(document.Language);
        var entityLexicon = entityLexicons.For(document.Language);
        var coordination = coordinations.For(document.Language);
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        Quote? previous = null;
        foreach (var (outer, inner) in marks)
        {
            if (LooksLikeTitle(document.Text, inner))
                continue;
            var sentence = SpanSearch.Containing(sentences, s => s.Span, outer.Start);
            var claim = SpanSearch.Containing(claims, c => c.Span, outer.Start);
            var quote = new Quote(inner, new Provenance(Stage, "unattributed", 0.3)) { ClaimId = claim?.Id, SourceChain = claim?.SourceChain ?? [] };
            if (attribution is not null && Interrupted(document, index, quote, attribution, entityLexicon, times) is { } parts)
            {
                quotes.AddRange(parts);
                previous = parts[^1];
                continue;
            }
            if (lexicon is not null && attribution is not null && coordination is not null && sentence.TokenCount > 0)
            {
                var window = new QuoteWindow(document, index, sentence, outer, marks, lexicon, entityLexicon, coordination);
                quote = Document(window, quote, claim)
                        ?? Trailing(window, quote, attribution, times)
                        ?? Subject(window, quote, sentences, new SentenceContext(document, index, sentence, attribution, entityLexicon, times))
                        ?? Continuing(window, quote, previous)
                        ?? Described(window, quote, claim)
                        ?? quote;
            }
            quotes.Add(quote);
            previous = quote;
        }
        return quotes.ToImmutable();
    }

    /// <summary>A quotation the writer interrupts to name the speaker («… - racconta Lotti - …»): the words on either side of
    /// the insert, each given to the insert's source, or to the person last named when its verb has no subject (- ha dichiarato -).</summary>
    private List<Quote>? Interrupted(Document document, EntityIndex index, Quote quote, AttributionLexicon attribution, EntityLexicon entityLexicon, List<TextSpan> times)
    {
        if (SpeakerInsert.Find(document.Text, quote.Span) is not { } insert)
            return null;
        var sentences = document.Get(Layers.Sentences);
        var sentence = SpanSearch.Containing(sentences, s => s.Span, insert.Start);
        if (sentence.TokenCount == 0)
            return null;
        var context = new SentenceContext(document, index, sentence, attribution, entityLexicon, times);
        var verb = index.TokenAt(insert.Start) - sentence.FirstToken + 1;
        foreach (var match in CueMatcher.Find(attribution, context.Words, context.Skippable))
        {
            if (match.Start != verb || match.Pattern.Kind != CueKind.Inverted)
                continue;
            var found = resolver.Resolve(context, match);
            string? speaker = found?.Source.EntityId;
            TextSpan? written = null;
            if (found is { } source && speaker is null)
                written = new TextSpan(context.Tokens[sentence.FirstToken + source.Start].Span.Start, context.Tokens[sentence.FirstToken + Math.Max(source.Start, source.End - 1)].Span.End);
            if (found is null && ClosesInsert(document.Text, context, match.End, insert))
                speaker = SourceResolver.LastPerson(context, quote.Span.Start)?.Id;
            if (speaker is null && written is null)
                return null;
            var attributed = quote with
            {
                Speakers = speaker is null ? [] : [speaker],
                SpeakerSpan = written,
                Cue = CueSpan(context, sentence, match),
                Provenance = new Provenance(Stage, "speaker-insert", 0.7),
            };
            var before = Trimmed(document.Text, quote.Span.Start, insert.Start);
            var after = Trimmed(document.Text, insert.End, quote.Span.End);
            return [.. new[] { before, after }.Where(p => !p.IsEmpty).Select(p => attributed with { Span = p })];
        }
        return null;
    }

    /// <summary>True when the reporting verb is all the insert says: "- ha dichiarato -".</summary>
    private static bool ClosesInsert(string text, SentenceContext context, int token, TextSpan insert) =>
        token >= context.Words.Length || context.Tokens[context.FirstToken + token].Span.Start >= insert.End - 1;

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
            end--;
        return new TextSpan(start, end);
    }

    /// <summary>Words of a treaty or a law, quoted by the writer: "il trattato … che prevede … “senza indugio”".</summary>
    private static Quote? Document(QuoteWindow window, Quote quote, Claim? claim)
    {
        var words = window.Words;
        for (var r = window.QuoteToken - 1; r >= window.From && window.QuoteToken - r <= RelativeReach; r--)
        {
            if (!window.Lexicon.Relatives.Contains(words(r)))
                continue;
            if (window.Index.Within(window.Span(r, window.QuoteToken)).Any(p => p.Entity.Type == EntityType.PER))
                return null;
            for (var d = r - 1; d >= window.From && r - d <= DocumentReach; d--)
            {
                if (!window.Lexicon.DocumentNouns.Contains(words(d)))
                    continue;
                var end = d + 1;
                if (end + 1 < window.QuoteToken && window.EntityLexicon.Particles.Contains(words(end)))
                {
                    end++;
                    while (end < d + 4 && end < r && window.IsLowerWord(end))
                        end++;
                }
                var writer = claim?.SourceChain.Where(s => s.Role is SourceRole.Publisher or SourceRole.Agency).ToImmutableArray() ?? [];
                return quote with
                {
                    SpeakerSpan = window.Span(d, end),
                    SourceChain = writer,
                    Provenance = new Provenance(Stage, "document-wording", 0.6),
                };
            }
            return null;
        }
        return null;
    }

    /// <summary>A quotation that opens its sentence, followed by its reporting verb: "“…”, ha detto Rossi", "“…”, Smith said".</summary>
    private Quote? Trailing(QuoteWindow window, Quote quote, AttributionLexicon attribution, List<TextSpan> times)
    {
        var endSentence = window.SentenceOfEnd();
        var context = new SentenceContext(window.Document, window.Index, endSentence, attribution, window.EntityLexicon, times);
        var close = window.Index.TokenAt(window.Outer.End) - endSentence.FirstToken;
        var after = close;
        while (after < context.Words.Length && context.Tokens[endSentence.FirstToken + after].Kind == TokenKind.Punctuation)
            after++;
        foreach (var match in CueMatcher.Find(attribution, context.Words, context.Skippable))
        {
            // A quotation inside its sentence takes a reporting verb only right after it ("… in quanto «…», spiega Maroni").
            var starts = match.Pattern.Kind == CueKind.Before
                ? window.OpensSentence && match.Start > after && match.Start <= after + 4 + context.Bracketed(after, match.Start)
                : match.Start == after || match.Start == close && match.Start < after;
            if (!starts || match.Pattern.Kind is not (CueKind.Inverted or CueKind.Before) || !context.OutsideNames(match))
                continue;
            if (resolver.Resolve(context, match) is not { } found)
            {
                // "«…» ha dichiarato, assicurando …": a reporting verb with no subject speaks for the person last named.
                if (match.Pattern.Kind == CueKind.Inverted && ClosesClause(context, match.End) &&
                    SourceResolver.LastPerson(context, window.Outer.Start) is { } named)
                    return quote with { Speakers = [named.Id], Cue = CueSpan(context, endSentence, match), Provenance = new Provenance(Stage, "reporting-verb-after", 0.6) };
                continue;
            }
            // "Putin ha molto apprezzato “…”, ha aggiunto la KCNA": inside a sentence, the agency after the words passes them on;
            // the speaker is the subject before them.
            if (!window.OpensSentence && found.Source.Role == SourceRole.Reporter)
                return null;
            var cue = new TextSpan(context.Tokens[endSentence.FirstToken + match.Start].Span.Start, context.Tokens[endSentence.FirstToken + Math.Max(match.Start, match.End - 1)].Span.End);
            if (found.Source.EntityId is { } speaker)
                return quote with { Speakers = [speaker], Cue = cue, Provenance = new Provenance(Stage, "reporting-verb-after", 0.8) };
            // A speaker the document does not name as an entity (a top administration official): the words.
            var words = new TextSpan(context.Tokens[endSentence.FirstToken + found.Start].Span.Start, context.Tokens[endSentence.FirstToken + Math.Max(found.Start, found.End - 1)].Span.End);
            return quote with { SpeakerSpan = words, Cue = cue, Provenance = new Provenance(Stage, "reporting-verb-after", 0.6) };
        }
        return null;
    }

    private static bool ClosesClause(SentenceContext context, int token) =>
        token >= context.Words.Length || context.Tokens[context.FirstToken + token].Kind == TokenKind.Punctuation;

    private static TextSpan CueSpan(SentenceContext context, Sentence sentence, CueMatch match) =>
        new(context.Tokens[sentence.FirstToken + match.Start].Span.Start, context.Tokens[sentence.FirstToken + Math.Max(match.Start, match.End - 1)].Span.End);

    /// <summary>Titles and names in quotation marks («Corriere della Sera») are not speech: a few words, all capitalised.</summary>
    private static bool LooksLikeTitle(string text, TextSpan inner)
    {
        var words = text.Substring(inner.Start, inner.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => char.IsUpper(w[0])) && !words[^1].EndsWith('.');
    }
}

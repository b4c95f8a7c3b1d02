using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Claims;

/// <summary>Makes one claim per sentence and gives it its chain of sources: publisher ← agency ← the outlets the article
/// cites ← the person or body the statement comes from.</summary>
internal sealed class ClaimAttributor
{
    private const string Stage = "attribute-claims";

    // A sentence with quotes or a reporting verb but no named source keeps the source of a claim this close before it.
    private const int ContinuationReach = 3;

    private readonly AttributionLexicon.Set _lexicons;
    private readonly EntityLexicon.Set _entityLexicons;
    private readonly SourceResolver _resolver;

    public ClaimAttributor(AttributionLexicon.Set lexicons, EntityLexicon.Set entityLexicons, SourceResolver resolver)
    {
        _lexicons = lexicons;
        _entityLexicons = entityLexicons;
        _resolver = resolver;
    }

    public ImmutableArray<Claim> Attribute(Document document)
    {
        var sentences = document.Get(Layers.Sentences);
        var outer = OuterChain(document);
        var attribution = _lexicons.For(document.Language);
        var claims = new List<(Claim Claim, Sentence Sentence, List<SourceRef> Cited)>();
        var sentenceOf = new Dictionary<Claim, int>();
        if (attribution is null)
        {
            foreach (var sentence in sentences.Where(IsStatement(document)))
                claims.Add((new Claim($"c{claims.Count + 1}", sentence.Span, outer, new Provenance(Stage, "publisher", 0.5)), sentence, []));
            return [.. claims.Select(c => c.Claim)];
        }
        var index = new EntityIndex(document);
        var lexicon = _entityLexicons.For(document.Language);
        var times = document.Get(Layers.Times).Select(t => t.Span).ToList();
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (!IsStatement(document)(sentence))
                continue;
            var context = new SentenceContext(document, index, sentence, attribution, lexicon, times);
            var (cited, cue, back, implicitSpeaker) = Sources(context, attribution);
            if (back is { } backward && OnlyAttributes(context, backward.Start, backward.End))
            {
                // "Lo riporta l’agenzia Interfax.": the source of the sentences before it, not a claim of its own.
                var paragraph = claims.Count - 1;
                while (paragraph >= 0 && claims[paragraph].Sentence.Paragraph == sentence.Paragraph)
                    paragraph--;
                foreach (var earlier in claims.Skip(paragraph + 1).Where(c => !c.Cited.Exists(x => x.Role == SourceRole.Reporter)).ToList())
                {
                    earlier.Cited.Insert(0, backward.Source);
                    Replace(claims, sentenceOf, earlier, outer, "back-reference");
                }
                continue;
            }
            var rule = cited.Count > 0 ? "cue" : "publisher";
            if (!cited.Exists(c => c.Role == SourceRole.Reporter) && (context.HasQuotation() || implicitSpeaker))
            {
                var previous = claims.TakeLast(ContinuationReach).LastOrDefault(c => s - sentenceOf[c.Claim] <= ContinuationReach && c.Cited.Exists(x => x.Role == SourceRole.Reporter));
                if (previous.Claim is not null)
                {
                    // A sentence of speech with no source of its own that follows the previous claim's sentence goes on with its
                    // speaker too («L'anno scorso …» after "Miletic ha detto all'AFP che …").
                    var speechGoesOn = cited.Count == 0 && OpensWithQuotation(context) && s - sentenceOf[previous.Claim] == 1;
                    cited.InsertRange(0, previous.Cited.Where(x => (x.Role == SourceRole.Reporter || speechGoesOn) && !cited.Contains(x)));
                    rule = "continued";
                }
            }
            // "«…» ha dichiarato, assicurando …": a reporting verb with no subject, and no outlet passing the words on, speaks for
            // the person last named.
            if (implicitSpeaker && cited.Count == 0 && context.HasQuotation() && SourceResolver.LastPerson(context, sentence.Span.Start) is { } named)
            {
                cited.Add(new SourceRef(named.Canonical, SourceRole.Origin, named.Id));
                rule = "cue";
            }
            var claim = new Claim($"c{claims.Count + 1}", sentence.Span, Chain(outer, cited), new Provenance(Stage, rule, cited.Count > 0 ? 0.7 : 0.5)) { Cue = cue };
            claims.Add((claim, sentence, cited));
            sentenceOf[claim] = s;
        }
        return [.. claims.Select(c => c.Claim)];
    }

    /// <summary>The sources a sentence names, reporters (the press) before origins, with the first cue and any back-reference.</summary>
    private (List<SourceRef> Cited, TextSpan? Cue, (SourceRef Source, int Start, int End)? Back, bool ImplicitSpeaker) Sources(SentenceContext context, AttributionLexicon attribution)
    {
        var cited = new List<SourceRef>();
        TextSpan? cue = null;
        (SourceRef, int, int)? back = null;
        var implicitSpeaker = false;
        var inner = new List<SourceRef>();
        var matches = CueMatcher.Find(attribution, context.Words, context.Skippable);
        var covered = -1;
        foreach (var match in matches.OrderBy(m => m.Pattern.Kind == CueKind.Before ? m.Start - 1 : m.Start).ThenBy(m => m.Pattern.Kind == CueKind.Before ? 0 : 1).ThenByDescending(m => m.End))
        {
            if (match.Start < covered || !context.OutsideNames(match))
                continue;
            // "il secondo gay pride": after an article the word is an ordinal, not the preposition (secondo X).
            if (match.Pattern.Kind == CueKind.After && match.Start > 0 && context.Lexicon.Determiners.Contains(context.Words[match.Start - 1]))
                continue;
            var resolved = _resolver.Resolve(context, match);
            if (resolved is not { } found)
            {
                // "…, ha detto in riferimento al trattato": a reporting verb whose speaker is not named here.
                implicitSpeaker |= match.Pattern.Kind == CueKind.Inverted;
                continue;
            }
            covered = Math.Max(match.End, found.End);
            var span = new TextSpan(context.Tokens[context.FirstToken + match.Start].Span.Start, context.Tokens[context.FirstToken + Math.Max(match.Start, match.End - 1)].Span.End);
            cue ??= span;
            if (match.Pattern.Kind == CueKind.Back && match.Start <= context.Skip(0) + 1)
            {
                back = (found.Source, match.Start, found.End);
                continue;
            }
            if (!cited.Exists(c => c.Name == found.Source.Name))
                cited.Add(found.Source);
            // "Goran Miletic … ha detto all'Agence France Press che …": the outlet spoken to passes on the words of the subject.
            if (match.Pattern.Kind == CueKind.Inverted && found.Source.Role == SourceRole.Reporter && context.Lexicon.Contractions.Contains(context.Words[match.SourceStart]) &&
                _resolver.SubjectOf(context, match.Start) is { } speaker && !cited.Exists(c => c.Name == speaker.Source.Name))
                cited.Add(speaker.Source);
            // "Zwei Geiseln seien nach Angaben der Entführer erkrankt, erklärte ein Behördensprecher": a 'laut/secondo/selon' inside
            // what a speaker reports is the speaker's own source, one link further in; at the head of the sentence it is outermost.
            if (match.Pattern.Kind == CueKind.After && match.Start > context.Skip(0))
                inner.Add(found.Source);
        }
        var origins = cited.Where(c => c.Role != SourceRole.Reporter).ToList();
        var ordered = cited.Where(c => c.Role == SourceRole.Reporter).Concat(origins.Where(c => !inner.Contains(c))).Concat(origins.Where(inner.Contains)).ToList();
        return (ordered, cue, back, implicitSpeaker);
    }

    private static bool OpensWithQuotation(SentenceContext context) =>
        context.Words.Length > 0 && context.Document.Text[context.Tokens[context.FirstToken].Span.Start] is '«' or '“' or '„' or '"' or '`';

    /// <summary>True when nothing but the reporting phrase, its source and punctuation is in the sentence.</summary>
    private static bool OnlyAttributes(SentenceContext context, int start, int end)
    {
        var other = 0;
        for (var k = 0; k < context.Words.Length; k++)
        {
            if ((k < start || k >= end) && context.Tokens[context.FirstToken + k].Kind is TokenKind.Word or TokenKind.Number)
                other++;
        }
        return other <= 1;
    }

    private static Func<Sentence, bool> IsStatement(Document document) =>
        sentence => document.Get(Layers.Tokens).Skip(sentence.FirstToken).Take(sentence.TokenCount).Count(t => t.Kind == TokenKind.Word) >= 3;

    private static ImmutableArray<SourceRef> OuterChain(Document document)
    {
        var chain = ImmutableArray.CreateBuilder<SourceRef>();
        if (document.Metadata.Publisher is { } publisher)
            chain.Add(new SourceRef(publisher, SourceRole.Publisher));
        if (document.Metadata.Agency is { } agency && agency != document.Metadata.Publisher)
            chain.Add(new SourceRef(agency, SourceRole.Agency, document.TryGet(Layers.Entities, out var entities) ? entities.FirstOrDefault(e => e.Canonical == agency)?.Id : null));
        return chain.ToImmutable();
    }

    private static ImmutableArray<SourceRef> Chain(ImmutableArray<SourceRef> outer, List<SourceRef> cited) =>
        [.. outer, .. cited.Where(c => !outer.Any(o => o.Name == c.Name))];

    private static void Replace(List<(Claim Claim, Sentence Sentence, List<SourceRef> Cited)> claims, Dictionary<Claim, int> sentenceOf,
        (Claim Claim, Sentence Sentence, List<SourceRef> Cited) claim, ImmutableArray<SourceRef> outer, string rule)
    {
        var i = claims.IndexOf(claim);
        var replaced = claim.Claim with { SourceChain = Chain(outer, claim.Cited), Provenance = claim.Claim.Provenance with { Rule = rule, Confidence = 0.7 } };
        claims[i] = (replaced, claim.Sentence, claim.Cited);
        sentenceOf[replaced] = sentenceOf[claim.Claim];
    }
}

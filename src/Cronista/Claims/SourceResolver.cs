using Cronista.Analysis;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Knowledge;
using Cronista.Text;

namespace Cronista.Claims;

/// <summary>Turns the place a reporting phrase points at into a source: an entity of the document, the press of a country,
/// or, after a preposition, the words as written (secondo fonti diplomatiche).</summary>
internal sealed class SourceResolver(NewsAgencies agencies, IReadOnlyDictionary<string, string> englishDemonyms)
{
    private const int MaxWrittenWords = 5;

    /// <summary>A resolver that names the press of a country by its English adjective (Russian media).</summary>
    public static SourceResolver Create(KnowledgeBase knowledge, NewsAgencies agencies)
    {
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var form in knowledge.Countries.Forms("en").Where(f => f.Kind == CountryFormKind.Demonym && char.IsUpper(f.Text[0])))
            demonyms.TryAdd(form.Country.Iso3, form.Text);
        return new SourceResolver(agencies, demonyms);
    }

    /// <summary>The resolved source and the token after it, or null when nothing there can be a source.</summary>
    public (SourceRef Source, int Start, int End)? Resolve(SentenceContext context, CueMatch match)
    {
        var kind = match.Pattern.Kind;
        if (kind == CueKind.Before)
            return Subject(context, match.Start);
        if (kind == CueKind.Account)
            return Account(context, match);
        var start = context.Skip(match.SourceStart);
        if (start >= context.Words.Length)
            return null;
        // The source may follow an article and a noun for its kind or its voice: la KCNA, l’agenzia Interfax, M. Macron,
        // una nota della Farnesina, a spokesman for the Kremlin.
        for (var k = match.SourceStart; k < context.Words.Length && k <= match.SourceStart + 4; k++)
        {
            if (context.Index.StartingAt(context.FirstToken + k, IsSource) is { } found)
                return (FromEntity(found.Entity, context), k, context.Index.TokenAt(found.Mention.Span.End - 1) - context.FirstToken + 1);
            var word = context.Words[k];
            var voice = context.Attribution.SourceNouns.Contains(word) && k + 1 < context.Words.Length &&
                        (context.Lexicon.Particles.Contains(context.Words[k + 1]) || context.Lexicon.Contractions.Contains(context.Words[k + 1]));
            if (voice)
            {
                k++;
                continue;
            }
            if (!context.Lexicon.IsOpener(word) && !context.Lexicon.OrganisationDescriptions.ContainsKey(word) && !context.Lexicon.Titles.Contains(word) && !context.Skippable[k])
                break;
        }
        var media = context.Media.FirstOrDefault(m => m.Start == start || m.Start == match.SourceStart);
        if (media is not null)
            return (FromMedia(media, context), media.Start, media.End);
        if (kind == CueKind.After)
            return Written(context, start, match.SourceEnd);
        // After a reporting verb, words opened by an article that close the clause are a source the document does not name
        // as an entity (teilte das ukrainische Militär mit; said the company.), not the start of what was said.
        if (!context.Lexicon.Determiners.Contains(context.Words[match.SourceStart]) || Written(context, start, match.SourceEnd) is not { } written)
            return null;
        return written.End >= Math.Min(match.SourceEnd, context.Words.Length) || context.Tokens[context.FirstToken + written.End].Kind == TokenKind.Punctuation ? written : null;
    }

    /// <summary>A subject just before the reporting verb: il Cremlino afferma, I media russi hanno riferito.</summary>
    private (SourceRef Source, int Start, int End)? Subject(SentenceContext context, int verb)
    {
        var last = verb - 1;
        while (last >= 0 && context.Skippable[last])
            last--;
        if (last >= 1 && context.Words[last] == ",")
        {
            // "Louis Gallois, the Airbus chief executive, said": the subject before an apposition set off by commas.
            var opening = Array.LastIndexOf(context.Words, ",", last - 1);
            if (opening > 0 && last - opening <= 8 && context.Index.EndingAt(context.FirstToken + opening - 1, IsSource) is { } named)
                return (FromEntity(named.Entity, context), context.Index.TokenAt(named.Mention.Span.Start) - context.FirstToken, verb);
            return null;
        }
        if (last < 0 || context.Tokens[context.FirstToken + last].Kind == TokenKind.Punctuation)
            return null;
        var media = context.Media.FirstOrDefault(m => m.End == last + 1);
        if (media is not null)
            return (FromMedia(media, context), media.Start, verb);
        var entity = context.Index.EndingAt(context.FirstToken + last, IsSource);
        if (entity is { } found)
            return (FromEntity(found.Entity, context), context.Index.TokenAt(found.Mention.Span.Start) - context.FirstToken, verb);
        if (context.Attribution.Pronouns.Contains(context.Words[last]))
        {
            // "he said": the person last named before the pronoun.
            var offset = context.Tokens[context.FirstToken + last].Span.Start;
            var person = context.Index.Before(offset).FirstOrDefault(p => p.Entity.Type == EntityType.PER);
            return person.Entity is null ? null : (FromEntity(person.Entity, context), last, verb);
        }
        // A subject the document does not name as an entity (South Korea's intelligence service said): its words.
        var first = last;
        while (first > 0 && last - first < MaxWrittenWords - 1 && context.Tokens[context.FirstToken + first - 1].Kind is TokenKind.Word or TokenKind.Number &&
               !context.Lexicon.IsOpener(context.Words[first - 1]))
            first--;
        // Only a whole noun phrase: it opens the clause or follows an article, and does not end in one (not "charge an added").
        var opensClause = first == 0 || context.Tokens[context.FirstToken + first - 1].Kind == TokenKind.Punctuation || context.Lexicon.IsOpener(context.Words[first - 1]);
        var wholePhrase = opensClause && !context.Lexicon.IsOpener(context.Words[last]) && !context.Attribution.Pronouns.Contains(context.Words[first]);
        return wholePhrase && (first < last || char.IsUpper(context.Document.Text[context.Tokens[context.FirstToken + last].Span.Start]))
            ? Written(context, first, last + 1) is { } written ? (written.Source, written.Start, verb) : null
            : null;
    }

    /// <summary>A side's version of events: the country's agency when the document cites one, else "North Korean account".</summary>
    private (SourceRef Source, int Start, int End)? Account(SentenceContext context, CueMatch match)
    {
        for (var k = match.SourceStart; k < match.SourceEnd; k++)
        {
            if (context.Index.CountryAt(context.Tokens[context.FirstToken + k].Span) is not { } country)
                continue;
            var agency = context.Index.Entities.FirstOrDefault(e => e.Subtype == "news-agency" && e.Country == country);
            if (agency is not null)
                return (new SourceRef(agency.Canonical, SourceRole.Reporter, agency.Id), match.SourceStart, match.End);
            return (new SourceRef($"{englishDemonyms.GetValueOrDefault(country, country)} account", SourceRole.Reporter), match.SourceStart, match.End);
        }
        return null;
    }

    private SourceRef FromMedia(MediaMention media, SentenceContext context)
    {
        if (media.State && media.Country is { } country)
        {
            // The state press of a country, when the document cites exactly one state agency of it, is that agency (KCNA).
            var state = context.Index.Entities.Where(e => e.Subtype == "news-agency" && e.Country == country && agencies.Find(e.Canonical) is { StateOwned: true }).ToList();
            if (state.Count == 1)
                return new SourceRef(state[0].Canonical, SourceRole.Reporter, state[0].Id);
        }
        var who = media.Country is { } c ? englishDemonyms.GetValueOrDefault(c, c) + " " : "";
        return new SourceRef($"{who}{(media.State ? "state " : "")}media", SourceRole.Reporter);
    }

    private static SourceRef FromEntity(Entity entity, SentenceContext context) =>
        new(entity.Canonical, entity.Subtype is "news-agency" or "media" ? SourceRole.Reporter : SourceRole.Origin, entity.Id);

    private static (SourceRef Source, int Start, int End)? Written(SentenceContext context, int start, int limit)
    {
        var end = start;
        while (end < Math.Min(limit, context.Words.Length) && end - start < MaxWrittenWords && context.Tokens[context.FirstToken + end].Kind is TokenKind.Word or TokenKind.Number)
            end++;
        if (end == start)
            return null;
        var span = new TextSpan(context.Tokens[context.FirstToken + start].Span.Start, context.Tokens[context.FirstToken + end - 1].Span.End);
        return (new SourceRef(context.Document.TextOf(span), SourceRole.Origin), start, end);
    }

    private static bool IsSource(Mention mention) => mention.Kind != MentionKind.Demonym;
}

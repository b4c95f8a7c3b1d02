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

    // How many words of title and description may stand between a reporting verb and the name of its source.
    private const int MaxNamedReach = 6;

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
        if (Named(context, match.SourceStart) is { } named)
            return named;
        var media = context.Media.FirstOrDefault(m => m.Start == start || m.Start == match.SourceStart);
        if (media is not null)
            return (FromMedia(media, context), media.Start, media.End);
        if (kind == CueKind.After)
        {
            // "secondo cui": the person the relative pronoun stands for.
            if (context.Attribution.Pronouns.Contains(context.Words[start]))
                return LastPerson(context, context.Tokens[context.FirstToken + start].Span.Start) is { } antecedent ? (FromEntity(antecedent, context), start, start + 1) : null;
            // "selon des sources concordantes": a partitive article is no part of the source.
            if (context.Lexicon.Contractions.Contains(context.Words[start]) && start + 1 < context.Words.Length && context.Tokens[context.FirstToken + start + 1].Kind == TokenKind.Word)
                start++;
            return Written(context, start, match.SourceEnd) is { } said ? NameAfterDescription(context, said) : null;
        }
        // "sagte er", "a-t-elle ajouté": the person last named.
        if (context.Attribution.Pronouns.Contains(context.Words[start]))
            return LastPerson(context, context.Tokens[context.FirstToken + start].Span.Start) is { } last ? (FromEntity(last, context), start, start + 1) : null;
        // "…", so Poertner. / versicherte Waigel.: a capitalised name the document does not know, closing the clause.
        if (BareName(context, start) is { } bare)
            return bare;
        // After a reporting verb, words opened by an article that close the clause are a source the document does not name
        // as an entity (teilte das ukrainische Militär mit; said the company.), not the start of what was said.
        if (!context.Lexicon.Determiners.Contains(context.Words[match.SourceStart]) || Written(context, start, match.SourceEnd) is not { } written)
            return null;
        // "afferma il nipote del titolare, Andrea Morisi": the person in apposition.
        if (written.End + 1 < context.Words.Length && context.Words[written.End] == "," &&
            context.Index.StartingAt(context.FirstToken + written.End + 1, IsSource) is { Entity.Type: EntityType.PER, Mention.Kind: MentionKind.Name } apposed)
            return (FromEntity(apposed.Entity, context), written.End + 1, context.Index.TokenAt(apposed.Mention.Span.End - 1) - context.FirstToken + 1);
        if (written.End < Math.Min(match.SourceEnd, context.Words.Length) && context.Tokens[context.FirstToken + written.End].Kind != TokenKind.Punctuation)
            return null;
        // "riferisce il presidente": the person the article named with that title before (Enrico Corsini, il presidente del Consorzio).
        return RoleDescriptions.Resolve(context, start, written.End) is { } person
            ? (FromEntity(person, context), written.Start, written.End)
            : written;
    }

    /// <summary>A named source after the cue, past an article, a title or a noun for its kind or voice: la KCNA,
    /// l’agenzia di stampa giapponese Jiji, Konzernchef Cor Herkströter, le directeur d'EFI Michel Balandier, a spokesman for the Kremlin.
    /// A person in that reach wins over the organisation they speak for.</summary>
    private static (SourceRef Source, int Start, int End)? Named(SentenceContext context, int from)
    {
        (Mention Mention, Entity Entity, int Token)? first = null;
        var described = false;
        for (var k = from; k < context.Words.Length && k <= from + MaxNamedReach; k++)
        {
            if (context.Index.StartingAt(context.FirstToken + k, IsSource) is { } found)
            {
                if (found.Entity.Type == EntityType.PER)
                    return (FromEntity(found.Entity, context), k, context.Index.TokenAt(found.Mention.Span.End - 1) - context.FirstToken + 1);
                first ??= (found.Mention, found.Entity, k);
                k = context.Index.TokenAt(found.Mention.Span.End - 1) - context.FirstToken;
                continue;
            }
            var word = context.Words[k];
            var voice = context.Attribution.SourceNouns.Contains(word) && k + 1 < context.Words.Length &&
                        (context.Lexicon.Particles.Contains(context.Words[k + 1]) || context.Lexicon.Contractions.Contains(context.Words[k + 1]));
            if (voice)
            {
                k++;
                described = true;
                continue;
            }
            var token = context.Tokens[context.FirstToken + k];

            described |= context.Lexicon.OrganisationDescriptions.ContainsKey(word) || context.Lexicon.Titles.Contains(word);
            // Past a title or a description, lower-case words still describe it (agenzia di stampa giapponese); a capitalised
            // word after the verb is a title (Bundesgeschäftsführer, Japans Außenminister).
            var describes = context.Lexicon.IsOpener(word) || context.Lexicon.OrganisationDescriptions.ContainsKey(word) || context.Lexicon.Titles.Contains(word) ||
                            context.Skippable[k] || token.Kind == TokenKind.Word && (char.IsUpper(context.Document.Text[token.Span.Start]) || described ||
                                                                                    k > from && context.Lexicon.Determiners.Contains(context.Words[k - 1]));
            if (!describes || first is not null)
                break;
        }
        if (first is not { } org)
            return null;
        var after = context.Index.TokenAt(org.Mention.Span.End - 1) - context.FirstToken + 1;
        // "le porte-parole du ministère des Affaires étrangères, François Rivasseau": the person in apposition speaks for it.
        if (after + 1 < context.Words.Length && context.Words[after] == "," &&
            context.Index.StartingAt(context.FirstToken + after + 1, IsSource) is { Entity.Type: EntityType.PER, Mention.Kind: MentionKind.Name } apposed &&
            context.Index.TokenAt(apposed.Mention.Span.End - 1) - context.FirstToken + 1 is var end && (end >= context.Words.Length || context.Tokens[context.FirstToken + end].Kind == TokenKind.Punctuation))
            return (FromEntity(apposed.Entity, context), after + 1, end);
        return (FromEntity(org.Entity, context), org.Token, after);
    }

    /// <summary>One to three capitalised words that close the clause right after a reporting verb.</summary>
    private static (SourceRef Source, int Start, int End)? BareName(SentenceContext context, int start)
    {
        var end = start;
        while (end < context.Words.Length && end - start < 3 && context.Tokens[context.FirstToken + end].Kind == TokenKind.Word &&
               char.IsUpper(context.Document.Text[context.Tokens[context.FirstToken + end].Span.Start]))
            end++;
        var closes = end == context.Words.Length || context.Tokens[context.FirstToken + end].Kind == TokenKind.Punctuation;
        return end > start && closes && !context.Attribution.Pronouns.Contains(context.Words[start]) ? Written(context, start, end) : null;
    }

    /// <summary>The subject before a reporting verb that names someone else after it (ha detto all'Agence France Press).</summary>
    public (SourceRef Source, int Start, int End)? SubjectOf(SentenceContext context, int verb) => Subject(context, verb);

    // A party and state in brackets (D-N.C.) is a few tokens long; more is an aside.
    private const int MaxBracketWords = 6;

    /// <summary>A subject just before the reporting verb: il Cremlino afferma, I media russi hanno riferito.</summary>
    private (SourceRef Source, int Start, int End)? Subject(SentenceContext context, int verb)
    {
        var last = verb - 1;
        while (last >= 0 && context.Skippable[last])
            last--;
        // "Rep. Gwen Moore (D-Wis.) said": a bracketed party and state stands between the name and its verb.
        if (last >= 2 && context.Words[last] == ")" && Array.LastIndexOf(context.Words, "(", last - 1) is var open and > 0 && last - open <= MaxBracketWords)
            last = open - 1;
        if (last >= 1 && context.Words[last] == ",")
        {
            // "Louis Gallois, the Airbus chief executive, said": the subject before an apposition set off by commas.
            var opening = Array.LastIndexOf(context.Words, ",", last - 1);
            if (opening > 0 && last - opening <= 8 && context.Index.EndingAt(context.FirstToken + opening - 1, IsSource) is { } named)
                return (FromEntity(named.Entity, context), context.Index.TokenAt(named.Mention.Span.Start) - context.FirstToken, verb);
            // "Le président du club, Angel Torres, a déclaré": the name is the apposition.
            if (opening > 0 && context.Index.EndingAt(context.FirstToken + last - 1, IsSource) is { Entity.Type: EntityType.PER } apposed &&
                context.Index.TokenAt(apposed.Mention.Span.Start) - context.FirstToken == opening + 1)
                return (FromEntity(apposed.Entity, context), opening + 1, verb);
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
            return LastPerson(context, offset) is { } person ? (FromEntity(person, context), last, verb) : null;
        }
        // A subject the document does not name as an entity (South Korea's intelligence service said): its words.
        var first = last;
        while (first > 0 && last - first < MaxWrittenWords - 1 && context.Tokens[context.FirstToken + first - 1].Kind is TokenKind.Word or TokenKind.Number &&
               !context.Lexicon.IsOpener(context.Words[first - 1]))
            first--;
        // "Il ministro degli esteri georgiano": a noun and its complement after the article.
        if (first >= 2 && context.Lexicon.Contractions.Contains(context.Words[first - 1]) && context.Tokens[context.FirstToken + first - 2].Kind == TokenKind.Word &&
            last - first < MaxWrittenWords - 2 && (first == 2 || context.Lexicon.Determiners.Contains(context.Words[first - 3])))
            first -= 2;
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
        while (end < Math.Min(limit, context.Words.Length) && end - start < MaxWrittenWords && context.Tokens[context.FirstToken + end].Kind is TokenKind.Word or TokenKind.Number &&
               !EndsNounPhrase(context, end))
            end++;
        if (end == start)
            return null;
        var span = new TextSpan(context.Tokens[context.FirstToken + start].Span.Start, context.Tokens[context.FirstToken + end - 1].Span.End);
        return (new SourceRef(context.Document.TextOf(span), SourceRole.Origin), start, end);
    }

    /// <summary>"dall'agenzia di stampa Kazakinform": the capitalised name that closes a written description of an outlet or body.</summary>
    private static (SourceRef Source, int Start, int End) NameAfterDescription(SentenceContext context, (SourceRef Source, int Start, int End) written)
    {
        if (!context.Lexicon.OrganisationDescriptions.ContainsKey(context.Words[written.Start]) && context.Attribution.MediaNouns.LengthAt(context.Words, written.Start) == 0)
            return written;
        var first = written.End;
        while (first > written.Start && char.IsUpper(context.Document.Text[context.Tokens[context.FirstToken + first - 1].Span.Start]))
            first--;
        return first == written.End || first == written.Start ? written : Written(context, first, written.End) ?? written;
    }

    private static bool IsSource(Mention mention) => mention.Kind != MentionKind.Demonym;

    /// <summary>In a language that capitalises nouns and puts its adjectives first, a lower-case word after a noun is past the
    /// phrase: "nach Angaben der Entführer leicht erkrankt" names the kidnappers.</summary>
    private static bool EndsNounPhrase(SentenceContext context, int k)
    {
        if (!context.Lexicon.CapitalisedNouns || context.Lexicon.ModifiersAfterNoun || k == 0)
            return false;
        var text = context.Document.Text;
        var word = context.Tokens[context.FirstToken + k];
        var before = context.Tokens[context.FirstToken + k - 1];
        return char.IsLower(text[word.Span.Start]) && char.IsUpper(text[before.Span.Start]) && !context.Lexicon.IsOpener(context.Words[k]) &&
               !context.Lexicon.Particles.Contains(context.Words[k]);
    }

    /// <summary>The person last named before the offset outside quotation marks: whom "he", "elle" or a verb without a
    /// subject stands for (a name inside someone's words is not who is speaking).</summary>
    public static Entity? LastPerson(SentenceContext context, int offset)
    {
        var quoted = context.QuotedSpans;
        return context.Index.Before(offset).FirstOrDefault(p => p.Entity.Type == EntityType.PER && !quoted.Any(q => q.Contains(p.Mention.Span))).Entity;
    }
}

using Cronista.Core;
using Cronista.Knowledge;
using Cronista.Text;

namespace Cronista.Entities;

/// <summary>Finds people described by their role (il presidente russo, the Russian president, der russische Präsident)
/// and organisations referred to by their kind (L’agenzia).</summary>
internal sealed class DescriptionFinder(KnowledgeBase knowledge)
{
    private const string Stage = "find-mentions";

    // The first word of every role form, per language: most words start no role, and need no phrase lookup.
    private readonly Dictionary<string, HashSet<string>> _roleStarts = Core.SupportedLanguages.All.ToDictionary(
        language => language,
        language => knowledge.Roles.Forms(language).Select(f => NameKey.Of(f.Text).Split(' ')[0]).ToHashSet(StringComparer.Ordinal));

    public IEnumerable<Mention> Find(TextParts text, Sentence sentence, EntityLexicon lexicon, string language)
    {
        var words = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(text.TokenText).ToArray();
        var starts = _roleStarts.GetValueOrDefault(language);
        for (var i = 0; i < words.Length; i++)
        {
            var part = text.Parts[text.FirstPartOf(sentence.FirstToken + i)].Key;
            var role = starts is not null && starts.Contains(part) ? knowledge.Roles.MatchAt(language, words, i) : null;
            if (role is not null && role.Role.NeedsPerson && !role.IsPlural)
            {
                if (Describe(text, sentence, lexicon, language, words, i, i + role.Length, role.Role) is { } described)
                    yield return described;
                i += role.Length - 1;
                continue;
            }
            var organisation = OrganisationDescription(text, sentence, lexicon, words, i);
            if (organisation is not null)
                yield return organisation;
        }
    }

    private Mention? Describe(TextParts text, Sentence sentence, EntityLexicon lexicon, string language, string[] words, int roleStart, int roleEnd, Role role)
    {
        var start = roleStart;
        var end = roleEnd;
        string? country = null;
        // Before the role: adjectives, a demonym (the Russian president) and the article that opens the phrase.
        var left = roleStart - 1;
        // At most two adjectives between the article and the role (Il rispettato maresciallo); a preposition means the
        // role word belongs to another phrase (la fornitura di assistenza militare).
        while (left >= 0 && left >= roleStart - 2 && IsLowerWord(text, sentence, left) && !lexicon.IsOpener(EntityLexicon.Fold(words[left])) &&
               !lexicon.Particles.Contains(EntityLexicon.Fold(words[left])))
            left--;
        var opener = left >= 0 ? EntityLexicon.Fold(words[left]) : null;
        if (opener is not null && lexicon.Indefinites.Contains(opener))
            return null;
        if (opener is not null && lexicon.IsOpener(opener))
        {
            start = lexicon.Determiners.Contains(opener) ? left : left + 1;
            for (var k = left + 1; k < roleStart && country is null; k++)
                country = Demonym(language, words[k]);
        }
        else if (!lexicon.ModifiersAfterNoun && roleStart > 0 && Demonym(language, words[roleStart - 1]) is { } before)
        {
            country = before;
            start = roleStart - 1;
        }
        // After the role: a demonym (il presidente russo) or "of/di + country" (presidente della Russia).
        if (roleEnd < words.Length && Demonym(language, words[roleEnd]) is { } after)
        {
            country ??= after;
            end = roleEnd + 1;
        }
        else if (roleEnd + 1 < words.Length && lexicon.Particles.Contains(EntityLexicon.Fold(words[roleEnd])) || roleEnd + 1 < words.Length && lexicon.Contractions.Contains(EntityLexicon.Fold(words[roleEnd])))
        {
            var named = CountryNamed(language, words, roleEnd + 1);
            if (named is { } found)
            {
                country ??= found.Iso3;
                end = roleEnd + 1 + found.Length;
            }
        }
        // Without an article a role word is a description only before a name (presidente Putin); alone it may be
        // another word altogether (ha inviato truppe).
        var opened = start < roleStart || opener is not null && lexicon.IsOpener(opener) && start == roleStart;
        if (!opened && !(end < words.Length && NameRunFinder.IsCapitalisedWord(text, sentence.FirstToken + end)))
            return null;
        var span = new TextSpan(text.Tokens[sentence.FirstToken + start].Span.Start, text.Tokens[sentence.FirstToken + end - 1].Span.End);
        return new Mention(span, EntityType.PER, MentionKind.Description, new Provenance(Stage, "role-description", 0.7))
        {
            Role = role.Name,
            Country = country,
        };
    }

    private Mention? OrganisationDescription(TextParts text, Sentence sentence, EntityLexicon lexicon, string[] words, int i)
    {
        if (i == 0 || !lexicon.OrganisationDescriptions.TryGetValue(EntityLexicon.Fold(words[i]), out var subtype))
            return null;
        var opener = EntityLexicon.Fold(words[i - 1]);
        if (!lexicon.Determiners.Contains(opener) && !lexicon.Contractions.Contains(opener) || lexicon.Indefinites.Contains(opener))
            return null;
        // "l’agenzia Interfax" names the agency: the name is the mention, not the noun before it.
        if (i + 1 < words.Length && NameRunFinder.IsCapitalisedWord(text, sentence.FirstToken + i + 1))
            return null;
        var start = lexicon.Determiners.Contains(opener) ? i - 1 : i;
        var span = new TextSpan(text.Tokens[sentence.FirstToken + start].Span.Start, text.Tokens[sentence.FirstToken + i].Span.End);
        return new Mention(span, EntityType.ORG, MentionKind.Description, new Provenance(Stage, "organisation-description", 0.6))
        {
            Role = subtype,
        };
    }

    private string? Demonym(string language, string word)
    {
        var countries = knowledge.Countries.ByDemonym(language, word);
        return countries.Count == 1 ? countries[0].Iso3 : null;
    }

    private (string Iso3, int Length)? CountryNamed(string language, string[] words, int start)
    {
        for (var length = Math.Min(4, words.Length - start); length >= 1; length--)
        {
            var countries = knowledge.Countries.ByName(language, string.Join(' ', words, start, length));
            if (countries.Count == 1)
                return (countries[0].Iso3, length);
        }
        return null;
    }

    private static bool IsLowerWord(TextParts text, Sentence sentence, int index)
    {
        var token = text.Tokens[sentence.FirstToken + index];
        return token.Kind == TokenKind.Word && char.IsLower(text.Text[token.Span.Start]) || token.Kind == TokenKind.Word && index == 0;
    }
}

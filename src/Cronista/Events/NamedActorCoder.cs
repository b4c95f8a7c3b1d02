using Cronista.Entities;

namespace Cronista.Events;

/// <summary>Codes named actors and targets the entity knowledge leaves without a country: by a country named beside them
/// ("Pakistan President Zia", "King Hassan of Morocco"), else from the actor dictionary of names with dated codes (Hamas →
/// PSE REB, the Security Council → IGO); a name of a single word must be capitalised there ("us" is no USA).</summary>
internal sealed class NamedActorCoder(Actors.ActorDictionary dictionary, EventLexicon lexicon)
{
    /// <summary>Codes the draft's named actors and targets that have no country yet, as of the article's date.</summary>
    public void Code(SentenceWords words, EventDraft draft, DateOnly? date)
    {
        foreach (var entity in draft.Participants.ToList())
        {
            if (draft.Described.ContainsKey(entity) || entity.Type == EntityType.LOC || ActorCodes.For(entity) is { Length: > 3 } coded && coded[3] == ' ')
                continue;
            if (CountryBeside(words, entity) is { } country)
            {
                // "Pakistan President Zia", "King Hassan of Morocco", "Sudan's government", "the Nigerian Interior Ministry".
                draft.Described[entity] = new ActorDescription(entity.Canonical, entity.Sector is { } sector ? $"{country} {sector}" : country, 0);
                continue;
            }
            foreach (var (mention, _) in words.Mentions.Where(p => p.Entity == entity))
            {
                var start = words.StartOf(mention);
                var end = words.EndOf(mention);
                if (dictionary.ActorAt(words.Words, start, date) is not { } match || match.End < end ||
                    (match.End - start == 1 && !char.IsUpper(words.Document.Text[mention.Span.Start])))
                    continue;
                draft.Described[entity] = new ActorDescription(entity.Canonical, match.Code, match.End);
                break;
            }
        }
    }

    /// <summary>The country of a place named right before one of the entity's mentions in the sentence (a possessive between),
    /// inside it ("Baghdad University"), or right after it through "of" ("King Hassan of Morocco", "il re del Marocco"); null
    /// when none is.</summary>
    private string? CountryBeside(SentenceWords words, Entity entity)
    {
        foreach (var (mention, _) in words.Mentions.Where(p => p.Entity == entity))
        {
            var start = words.StartOf(mention);
            var end = words.EndOf(mention);
            var beside = words.Mentions.FirstOrDefault(p => p.Entity != entity && p.Entity.Type == EntityType.LOC && p.Entity.Country is not null &&
                                                            (Before(words, p.Mention, start) || Within(words, p.Mention, start, end) ||
                                                             (words.StartOf(p.Mention) == end + 1 && end < words.Words.Length && lexicon.Genitive.Contains(words.Words[end]))));
            if (beside.Entity is not null)
                return beside.Entity.Country;
        }
        return null;
    }

    private static bool Before(SentenceWords words, Entities.Mention place, int start)
    {
        var end = words.EndOf(place);
        return end == start || (end == start - 1 && words.Words[end] is "'s" or "’s" or "'" or "’");
    }

    private static bool Within(SentenceWords words, Entities.Mention place, int start, int end) =>
        words.StartOf(place) >= start && words.EndOf(place) <= end;
}

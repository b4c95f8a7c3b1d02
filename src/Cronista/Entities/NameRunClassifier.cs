using Cronista.Core;
using Cronista.Knowledge;
using Cronista.Text;

namespace Cronista.Entities;

/// <summary>Decides whether a run of capitalised words is a person, organisation, place or nothing, from its words and its context.</summary>
internal sealed class NameRunClassifier(KnowledgeBase knowledge)
{
    private const string Stage = "find-mentions";

    // Prepositions after which an unknown capitalised name is most likely a place.
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "a", "in", "da", "verso", "at", "from", "to", "near", "nach", "aus", "bei", "à", "en", "vers", "près",
    };

    public Mention? Classify(TextParts text, Sentence sentence, NameRun run, EntityLexicon lexicon, string? language)
    {
        var span = new TextSpan(text.Tokens[run.Start].Span.Start, text.Tokens[run.End - 1].Span.End);
        var written = text.Text.Substring(span.Start, span.Length);
        var previous = run.Start > sentence.FirstToken ? NameRunFinder.Lower(text, run.Start - 1) : null;

        // Model and product designations carry digits (A330-300E, 787 Dreamliner): not people, not places.
        if (Enumerable.Range(run.Start, run.Length).Any(t => text.TokenText(t).Any(char.IsDigit)))
            return Found(span, EntityType.MISC, "alphanumeric-name", 0.4);
        if (run.OrganisationHead && (run.Length > 1 || !lexicon.CapitalisedNouns))
            return Found(span, EntityType.ORG, "organisation-head", 0.7);
        if (previous is not null && (lexicon.Titles.Contains(previous) || IsPersonRole(text, run.Start - 1, language) || IsRoleEnd(text, run.Start - 1, language)))
            return Found(span, EntityType.PER, "role-or-title-before", 0.8);
        if (previous is not null && lexicon.OrganisationDescriptions.TryGetValue(previous, out var subtype))
            return Found(span, EntityType.ORG, "organisation-noun-before", 0.7) with { Role = subtype };
        if (previous is not null && lexicon.OrganisationHeads.Contains(previous))
            return Found(span, EntityType.ORG, "organisation-noun-before", 0.7);

        var places = knowledge.Gazetteer.Lookup(written);
        if (places.Count > 0 && (Gazetteer.IsProminent(places[0]) || previous is not null && PlacePrepositions.Contains(previous)))
            return Found(span, EntityType.LOC, "gazetteer", 0.8, places[0].ToRef());

        if (SurfaceForm.IsAcronym(written) && written.Length <= 6)
            return Found(span, EntityType.ORG, "acronym", 0.5);
        var lower = EntityLexicon.Fold(written);
        if (run.Length == 1 && IsPersonRole(text, run.Start, language))
            return null;
        if (run.Length == 1 && (lexicon.NonNames.Contains(written.Replace('’', '\'')) || lexicon.IsOpener(lower)))
            return null;
        if (run.SentenceInitial && run.Length == 1)
            return null;
        // People rarely take an article; a lone capitalised word after one is a common noun written large (della Liberazione).
        if (run.Length == 1 && previous is not null && lexicon.IsOpener(previous))
            return null;
        if (run.Length == 1 && written.Length >= 6 && !lexicon.CapitalisedNouns)
        {
            var fuzzy = knowledge.Gazetteer.LookupFuzzy(written);
            if (fuzzy.Count > 0)
                return Found(span, EntityType.LOC, "gazetteer-misspelling", 0.6, fuzzy[0].ToRef());
        }
        if (lexicon.CapitalisedNouns && run.Length == 1)
            return null;
        return run.Length <= 4
            ? Found(span, EntityType.PER, "capitalised-sequence", run.Length == 1 ? 0.3 : 0.5)
            : Found(span, EntityType.ORG, "long-capitalised-sequence", 0.3);
    }

    /// <summary>Places joined by a hyphen (Pyongyang-Mosca, Russia-USA): one mention per place, when every part is one.</summary>
    public IReadOnlyList<Mention> ClassifyCompound(TextParts text, int token)
    {
        var parts = Enumerable.Range(text.FirstPartOf(token), text.FirstPartOf(token + 1) - text.FirstPartOf(token)).Select(i => text.Parts[i]).ToList();
        if (parts.Count < 2 || parts.Skip(1).Any(p => p.Glued))
            return [];
        var found = new List<Mention>();
        foreach (var part in parts)
        {
            var places = knowledge.Gazetteer.Lookup(text.Text.Substring(part.Span.Start, part.Span.Length));
            if (places.Count == 0)
                return [];
            found.Add(Found(part.Span, EntityType.LOC, "gazetteer", 0.8, places[0].ToRef()));
        }
        return found;
    }

    /// <summary>The tokens of a run that belong to a person's role (Chief Executive in "Aer Lingus Chief Executive Dermot Mannion").</summary>
    public HashSet<int> RoleTokens(TextParts text, NameRun run, string? language)
    {
        var tokens = new HashSet<int>();
        if (language is null)
            return tokens;
        var words = Enumerable.Range(run.Start, run.Length).Select(text.TokenText).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var match = knowledge.Roles.MatchAt(language, words, i);
            if (match is null || !match.Role.NeedsPerson)
                continue;
            for (var k = 0; k < match.Length; k++)
                tokens.Add(run.Start + i + k);
            i += match.Length - 1;
        }
        return tokens;
    }

    /// <summary>True when the token ends a multi-word role (Chief Executive, ministro degli Esteri).</summary>
    private bool IsRoleEnd(TextParts text, int token, string? language)
    {
        if (language is null)
            return false;
        for (var start = Math.Max(0, token - 3); start < token; start++)
        {
            var words = Enumerable.Range(start, token - start + 1).Select(text.TokenText).ToList();
            var match = knowledge.Roles.MatchAt(language, words, 0);
            if (match is not null && match.Length == words.Count && match.Role.NeedsPerson)
                return true;
        }
        return false;
    }

    public bool IsPersonRole(TextParts text, int token, string? language)
    {
        if (language is null || text.Tokens[token].Kind != TokenKind.Word)
            return false;
        var forms = knowledge.Roles.Find(language, text.TokenText(token));
        return forms.Any(f => f.Role.NeedsPerson && !f.IsPlural);
    }

    private static Mention Found(TextSpan span, EntityType type, string rule, double confidence, KnowledgeRef? link = null) =>
        new(span, type, MentionKind.Name, new Provenance(Stage, rule, confidence), link);
}

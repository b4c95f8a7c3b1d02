using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Knowledge;
using Cronista.Text;

namespace Cronista.Entities;

/// <summary>Finds every mention of a person, organisation or place: known names first, then capitalised runs, then role descriptions.</summary>
internal sealed class EntityRecognizer(KnowledgeMentionFinder known, NameRunClassifier classifier, DescriptionFinder descriptions, EntityLexicon.Set lexicons)
{
    public ImmutableArray<Mention> Recognize(Document document)
    {
        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        var language = document.Language;
        var lexicon = lexicons.For(language);
        var text = TextParts.Of(document.Text, tokens);
        var mentions = new List<Mention>();
        var unclassified = new List<TextSpan>();
        // Holidays and months are capitalised but are times, not names (Ferragosto, Thanksgiving).
        var times = document.Get(Layers.Times).Select(t => t.Span).ToList();
        foreach (var sentence in sentences)
        {
            var names = known.Find(text, text.FirstPartOf(sentence.FirstToken), text.FirstPartOf(sentence.EndToken), language).ToList();
            foreach (var run in NameRunFinder.Find(text, sentence, lexicon))
                AddRun(text, sentence, run, lexicon, language, names, unclassified);
            var timesHere = times.Where(t => t.Overlaps(sentence.Span)).ToList();
            mentions.AddRange(names.Where(m => !timesHere.Exists(t => t.Overlaps(m.Span))));
            if (SupportedLanguages.IsSupported(language))
                mentions.AddRange(descriptions.Find(text, sentence, lexicon, language!));
        }
        mentions.AddRange(Surnames(document.Text, mentions, unclassified));
        return MentionMerger.Merge(document.Text, mentions);
    }

    /// <summary>A capitalised word that opened a sentence and was left aside is a surname when a person of that name is
    /// named in full elsewhere in the document ("Djamal told reporters" after "Jusman Syafii Djamal").</summary>
    private static IEnumerable<Mention> Surnames(string text, List<Mention> mentions, List<TextSpan> unclassified)
    {
        var words = mentions.Where(m => m.Type == EntityType.PER && m.Kind == MentionKind.Name && text.AsSpan(m.Span.Start, m.Span.Length).Contains(' '))
            .SelectMany(m => text.Substring(m.Span.Start, m.Span.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var span in unclassified)
        {
            if (words.Contains(text.Substring(span.Start, span.Length)))
                yield return new Mention(span, EntityType.PER, MentionKind.PartialName, new Provenance("find-mentions", "surname-of-named-person", 0.6));
        }
    }

    /// <summary>Classifies the parts of a capitalised run that known names do not already cover.</summary>
    private void AddRun(TextParts text, Sentence sentence, NameRun run, EntityLexicon lexicon, string? language, List<Mention> names, List<TextSpan> unclassified)
    {
        var runSpan = new TextSpan(text.Tokens[run.Start].Span.Start, text.Tokens[run.End - 1].Span.End);
        var inside = names.Where(m => m.Span.Overlaps(runSpan)).ToList();
        // An organisation named after a place (Banca d'Italia, Esercito popolare di Corea) is one organisation, not a place.
        if (run.OrganisationHead && inside.All(m => m.Type == EntityType.LOC && runSpan.Contains(m.Span) && m.Span != runSpan) &&
            !inside.Exists(m => m.Kind == MentionKind.Demonym && m.Span.Start > runSpan.Start))
        {
            var organisation = classifier.Classify(text, sentence, run, lexicon, language);
            if (organisation is not null)
            {
                names.RemoveAll(inside.Contains);
                names.Add(organisation);
                return;
            }
        }
        var roles = classifier.RoleTokens(text, run, language);
        var start = run.Start;
        for (var t = run.Start; t <= run.End; t++)
        {
            // In German every noun is capitalised: a common noun splits a run (die Regierung in Berlin).
            // A role inside a run separates an organisation from a person: Aer Lingus Chief Executive Dermot Mannion.
            var covered = t < run.End && (inside.Any(m => m.Span.Overlaps(text.Tokens[t].Span)) ||
                                          lexicon.CapitalisedNouns && lexicon.CommonWords.Contains(NameRunFinder.Lower(text, t)) ||
                                          roles.Contains(t));
            if (t < run.End && !covered)
                continue;
            var piece = Trim(text, start, t, lexicon, start == run.Start && run.SentenceInitial);
            if (piece.Length > 0)
            {
                if (piece.Length == 1 && classifier.ClassifyCompound(text, piece.Start) is { Count: > 0 } places)
                {
                    names.AddRange(places);
                    start = t + 1;
                    continue;
                }
                var sub = run with { Start = piece.Start, End = piece.End, SentenceInitial = run.SentenceInitial && piece.Start == run.Start };
                if (classifier.Classify(text, sentence, sub, lexicon, language) is { } mention)
                    names.Add(mention);
                else if (piece.Length == 1)
                    unclassified.Add(text.Tokens[piece.Start].Span);
            }
            start = t + 1;
        }
    }

    /// <summary>Drops particles and non-name capitalised words from the edges of a run (Secondo Mario Rossi → Mario Rossi).</summary>
    private static (int Start, int End, int Length) Trim(TextParts text, int start, int end, EntityLexicon lexicon, bool opensSentence)
    {
        while (start < end && (!NameRunFinder.IsCapitalisedWord(text, start) || lexicon.NonNames.Contains(text.TokenText(start).Replace('’', '\'')) ||
                               lexicon.Titles.Contains(NameRunFinder.Lower(text, start)) || opensSentence && lexicon.CommonWords.Contains(NameRunFinder.Lower(text, start))))
        {
            start++;
            opensSentence = false;
        }
        while (end > start && !NameRunFinder.IsCapitalisedWord(text, end - 1))
            end--;
        return (start, end, end - start);
    }
}

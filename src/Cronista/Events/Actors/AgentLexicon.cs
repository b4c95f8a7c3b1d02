using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Events.Actors;

/// <summary>One language's agent nouns (Events/Languages/&lt;iso&gt;/agents.tsv), looked up by a sentence's words or lemmas.</summary>
/// <remarks>Each form is split by the language's own tokenizer, so "forze dell'ordine" has the words the article has.</remarks>
internal sealed class AgentLexicon
{
    private readonly Dictionary<string, (string[] Words, string Sector)[]> _byFirstWord;

    public AgentLexicon(IEnumerable<AgentRow> rows, TokenizationRules rules)
    {
        var byFirst = new Dictionary<string, List<(string[] Words, string Sector)>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var form in row.Singular.Concat(row.Plural))
            {
                var words = PhraseWords.Of(form, rules);
                // The first row that lists a form decides its sector.
                if (words.Length == 0 || !seen.Add(string.Join(' ', words)))
                    continue;
                if (!byFirst.TryGetValue(words[0], out var list))
                    byFirst[words[0]] = list = [];
                list.Add((words, row.Sector));
            }
        }
        _byFirstWord = byFirst.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(f => f.Words.Length).ToArray(), StringComparer.Ordinal);
        Count = seen.Count;
    }

    /// <summary>How many forms there are.</summary>
    public int Count { get; }

    /// <summary>The agent nouns of a language compiled into Cronista (none when it has no file).</summary>
    public static AgentLexicon Load(string language) =>
        new(new[] { AgentsFile.FileName, AgentsFile.ExtraFileName }
                .SelectMany(file => ResourceFiles.ReadLanguageRows(AgentsFile.Folder, language, file))
                .Select(r => AgentsFile.Parse(r, language)),
            TokenizationRules.Load(language));

    /// <summary>The longest agent noun starting at word <paramref name="start"/>, each word matching the sentence's word
    /// or its lemma.</summary>
    public AgentMatch? At(IReadOnlyList<string> words, IReadOnlyList<string> lemmas, int start)
    {
        if (start < 0 || start >= words.Count)
            return null;
        AgentMatch? best = null;
        foreach (var first in FirstWords(words, lemmas, start))
        {
            if (!_byFirstWord.TryGetValue(first, out var forms))
                continue;
            foreach (var (formWords, sector) in forms)
            {
                if (best is not null && formWords.Length <= best.End - best.Start)
                    break;
                if (Matches(formWords, words, lemmas, start))
                {
                    best = new AgentMatch(start, start + formWords.Length, sector);
                    break;
                }
            }
        }
        return best;
    }

    private static IEnumerable<string> FirstWords(IReadOnlyList<string> words, IReadOnlyList<string> lemmas, int start)
    {
        yield return words[start];
        if (LemmaAt(lemmas, start) is { } lemma && lemma != words[start])
            yield return lemma;
    }

    private static bool Matches(string[] form, IReadOnlyList<string> words, IReadOnlyList<string> lemmas, int start)
    {
        if (start + form.Length > words.Count)
            return false;
        for (var i = 1; i < form.Length; i++)
        {
            if (form[i] != words[start + i] && form[i] != LemmaAt(lemmas, start + i))
                return false;
        }
        return true;
    }

    private static string? LemmaAt(IReadOnlyList<string> lemmas, int index) =>
        index < lemmas.Count && !string.IsNullOrEmpty(lemmas[index]) ? EntityLexicon.Fold(lemmas[index]) : null;
}

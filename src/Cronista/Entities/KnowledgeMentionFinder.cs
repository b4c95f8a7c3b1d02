using System.Collections.Frozen;
using Cronista.Core;
using Cronista.Knowledge;
using Cronista.Text;

namespace Cronista.Entities;

/// <summary>Finds names the knowledge base knows (countries, demonyms, organisations, people, agencies) by longest match.</summary>
internal sealed class KnowledgeMentionFinder
{
    /// <summary>The rule of a mention the knowledge base names outright.</summary>
    public const string KnownRule = "knowledge-base";

    /// <summary>The rule of a name several known entities share (a surname): it counts only beside the full name.</summary>
    public const string AmbiguousRule = "ambiguous-name";

    /// <summary>The rule of a short form that needs its entity named nearby ("il Nord" for North Korea).</summary>
    public const string ContextualRule = "contextual-alias";

    private const string Stage = "find-mentions";
    private readonly FrozenDictionary<string, PhraseTrie<SurfaceForm>> _tries;

    public KnowledgeMentionFinder(KnowledgeBase knowledge, IEnumerable<SurfaceForm> extraForms, TokenizationRuleSet tokenization)
    {
        var extra = extraForms.ToList();
        _tries = SupportedLanguages.All.Append(SupportedLanguages.Undetermined).ToFrozenDictionary(
            language => language,
            language =>
            {
                var trie = new PhraseTrie<SurfaceForm>();
                var rules = tokenization.For(language);
                // Places come from the gazetteer, looked up for capitalised words only; here only the smaller tables.
                var forms = language == SupportedLanguages.Undetermined
                    ? SupportedLanguages.All.SelectMany(l => knowledge.SurfaceForms(l, -1))
                    : knowledge.SurfaceForms(language, -1);
                foreach (var form in forms.Concat(extra))
                    trie.Add(TextParts.KeysOf(form.Text, rules), form);
                return trie;
            });
    }

    /// <summary>Known names in the parts of one sentence, longest first and not overlapping one another.</summary>
    public IEnumerable<Mention> Find(TextParts text, int firstPart, int endPart, string? language)
    {
        var trie = _tries[language is not null && _tries.ContainsKey(language) ? language : SupportedLanguages.Undetermined];
        var i = firstPart;
        while (i < endPart)
        {
            var found = text.Parts[i].Glued ? null : Best(trie, text, i, endPart);
            if (found is null)
            {
                i++;
                continue;
            }
            yield return found.Value.Mention;
            i += found.Value.Length;
        }
    }

    private static (Mention Mention, int Length)? Best(PhraseTrie<SurfaceForm> trie, TextParts text, int start, int end)
    {
        foreach (var (length, forms) in trie.MatchesAt(text, start, end))
        {
            var span = new TextSpan(text.Parts[start].Span.Start, text.Parts[start + length - 1].Span.End);
            var written = text.Text.Substring(span.Start, span.Length);
            var form = forms.FirstOrDefault(f => Accepts(f, written));
            if (form is null)
                continue;
            var rule = form.IsContextual ? ContextualRule : form.IsAmbiguous ? AmbiguousRule : KnownRule;
            var confidence = form.IsAmbiguous || form.IsContextual ? 0.6 : 0.9;
            return (new Mention(span, form.Type, form.Kind, new Provenance(Stage, rule, confidence), form.Target), length);
        }
        return null;
    }

    /// <summary>Acronyms must match their capitals; names must be capitalised in the text; demonyms match in any case.</summary>
    private static bool Accepts(SurfaceForm form, string written)
    {
        if (form.MatchCase)
        {
            // Italian and German papers write long acronyms in title case (Nato, Irna, Ansa); short ones collide with words (Who, Is).
            var letters = form.Text.Replace(".", "");
            var bare = written.Replace(".", "");
            return string.Equals(bare, letters, StringComparison.Ordinal) ||
                   letters.Length >= 4 && letters.All(char.IsLetter) && bare.Length == letters.Length && char.IsUpper(bare[0]) &&
                   string.Equals(bare[1..], letters[1..].ToLowerInvariant(), StringComparison.Ordinal);
        }
        // "Polish" the demonym needs its capital, "polish" is a verb; Italian "russo" is written small.
        if (form.Kind == MentionKind.Demonym)
            return !form.RequiresCapital || char.IsUpper(written[0]);
        return char.IsUpper(written[0]) || !form.RequiresCapital;
    }
}

using System.Collections.Frozen;
using Cronista.Core;
using Cronista.Learning.Perceptron;

namespace Cronista.Learning.Lemmas;

/// <summary>Gives the lemma of a word form with a known part of speech, for one language.</summary>
/// <remarks>
/// In order: the form and tag as seen in training; the lower-cased form (a capitalised sentence start); the form
/// with any tag (a tagging slip rarely changes the lemma), except for proper nouns; a lexicon, for the tags where it
/// proved better than the rules; last, the edit learned for the longest matching suffix among words of that tag.
/// </remarks>
public sealed class Lemmatizer
{
    private const string ProperNoun = "PROPN";

    private static readonly PerLanguage<Lemmatizer> Shipped = new(language =>
        ModelFiles.Exists(ModelPath(language)) ? new Lemmatizer(LemmaModelFile.Read(ModelFiles.Open(ModelPath(language)), "models/" + ModelPath(language))) : null);

    private readonly FrozenDictionary<(string Form, string Upos), string> _byFormAndTag;
    private readonly FrozenDictionary<string, string> _byForm;
    private readonly Dictionary<ulong, string> _lookup;
    private readonly FrozenSet<string> _lookupTags;
    private readonly FrozenDictionary<(string Upos, string Suffix), LemmaEdit> _rules;
    private readonly int _maxSuffix;

    /// <summary>Builds a lemmatizer from trained data.</summary>
    public Lemmatizer(LemmaModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Language = data.Language;
        _byFormAndTag = data.Entries.ToFrozenDictionary(e => (e.Form, e.Upos), e => e.Lemma);
        // A form seen with several tags takes the lemma it had most often overall.
        _byForm = data.Entries
            .GroupBy(e => e.Form, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.GroupBy(e => e.Lemma, StringComparer.Ordinal)
                    .Select(l => (Lemma: l.Key, Count: l.Sum(e => e.Count)))
                    .OrderByDescending(l => l.Count).ThenBy(l => l.Lemma, StringComparer.Ordinal)
                    .First().Lemma,
                StringComparer.Ordinal);
        _lookup = HashedLookup(data.Lookup);
        _lookupTags = data.LookupTags.ToFrozenSet(StringComparer.Ordinal);
        _rules = data.Rules.ToFrozenDictionary(r => (r.Upos, r.Suffix), r => r.Edit);
        _maxSuffix = data.MaxSuffix;
    }

    /// <summary>The language it lemmatizes.</summary>
    public string Language { get; }

    /// <summary>The path of a language's shipped model under models/ (see <see cref="ModelFiles"/>).</summary>
    public static string ModelPath(string language) => $"{language}/lemma.tsv.gz";

    /// <summary>The shipped lemmatizer of a language, loaded on first use; null when none is shipped.</summary>
    public static Lemmatizer? For(string language) => Shipped.For(language);

    /// <summary>The lemma of <paramref name="form"/> used as <paramref name="upos"/> (a contraction's tags joined by '+').</summary>
    public string Lemmatize(string form, string upos)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(upos);
        if (form.Length == 0)
            return form;
        if (_byFormAndTag.TryGetValue((form, upos), out var lemma))
            return lemma;
        var lower = form.ToLowerInvariant();
        var proper = upos == ProperNoun;
        var hasLower = !proper && !string.Equals(lower, form, StringComparison.Ordinal);
        if (hasLower && _byFormAndTag.TryGetValue((lower, upos), out lemma))
            return lemma;
        if (!proper && (_byForm.TryGetValue(form, out lemma) || (hasLower && _byForm.TryGetValue(lower, out lemma))))
            return lemma;
        if (_lookupTags.Contains(upos) && (_lookup.TryGetValue(FeatureHash.Of(form), out lemma) || (hasLower && _lookup.TryGetValue(FeatureHash.Of(lower), out lemma))))
            return lemma;
        return RuleFor(lower, upos) is { } edit ? edit.Apply(form) : form;
    }

    /// <summary>The suffix rules' lemma alone, ignoring every table: what an unseen word gets.</summary>
    public string LemmatizeUnseen(string form, string upos) =>
        RuleFor(form.ToLowerInvariant(), upos) is { } edit ? edit.Apply(form) : form;

    private LemmaEdit? RuleFor(string lowerForm, string upos)
    {
        for (var length = Math.Min(_maxSuffix, lowerForm.Length); length >= 0; length--)
        {
            if (_rules.TryGetValue((upos, lowerForm[^length..]), out var edit))
                return edit;
        }
        return null;
    }

    /// <summary>The lexicon keyed by the 64-bit hash of each form, its lemmas shared: a few hundred thousand forms take
    /// a fifth of the memory of a string-keyed table (a collision among them is as unlikely as one among feature keys).</summary>
    private static Dictionary<ulong, string> HashedLookup(IReadOnlyDictionary<string, string> lookup)
    {
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        var table = new Dictionary<ulong, string>(lookup.Count);
        foreach (var (form, lemma) in lookup)
        {
            if (!lemmas.TryGetValue(lemma, out var shared))
                lemmas.Add(lemma, shared = lemma);
            table[FeatureHash.Of(form)] = shared;
        }
        return table;
    }
}

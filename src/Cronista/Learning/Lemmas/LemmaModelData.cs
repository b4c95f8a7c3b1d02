using System.Collections.Immutable;

namespace Cronista.Learning.Lemmas;

/// <summary>A word form seen in training with one part of speech, the lemma it had most often, and how often.</summary>
/// <param name="Form">The form as written.</param>
/// <param name="Upos">Its universal part of speech ("ADP+DET" for a contraction).</param>
/// <param name="Lemma">Its most frequent lemma with that part of speech.</param>
/// <param name="Count">How many times the form had that part of speech and lemma.</param>
public sealed record LemmaEntry(string Form, string Upos, string Lemma, int Count);

/// <summary>The edit for unknown words of one part of speech ending in one suffix.</summary>
/// <param name="Upos">The part of speech.</param>
/// <param name="Suffix">The lower-cased ending ("" matches every word).</param>
/// <param name="Edit">The most frequent edit among training words with that ending.</param>
public sealed record SuffixRule(string Upos, string Suffix, LemmaEdit Edit);

/// <summary>Everything a lemmatizer knows about one language, as trained and as stored.</summary>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Entries">Forms seen in training, per part of speech.</param>
/// <param name="Rules">Suffix rules for unseen forms; a word takes the rule of its longest matching suffix.</param>
/// <param name="Lookup">A lexicon's form → lemma pairs for forms not seen in training.</param>
/// <param name="LookupTags">The parts of speech for which the lexicon beat the suffix rules on rare training words.</param>
/// <param name="MaxSuffix">The longest suffix the rules look at.</param>
public sealed record LemmaModelData(
    string Language,
    ImmutableArray<LemmaEntry> Entries,
    ImmutableArray<SuffixRule> Rules,
    IReadOnlyDictionary<string, string> Lookup,
    ImmutableSortedSet<string> LookupTags,
    int MaxSuffix);

namespace Cronista.Text;

/// <summary>What a token is as a word: its universal part of speech and its lemma.</summary>
/// <param name="Upos">The Universal Dependencies tag (NOUN, VERB, PROPN …); a contraction's tags joined by '+' ("ADP+DET" for "della").</param>
/// <param name="Lemma">The dictionary form ("congratularsi" → "congratulare"); a contraction's lemmas joined by '+' ("di+il").</param>
public readonly record struct WordTag(string Upos, string Lemma);

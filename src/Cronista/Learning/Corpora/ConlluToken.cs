namespace Cronista.Learning.Corpora;

/// <summary>One surface token of a CoNLL-U sentence, as it is written in the text.</summary>
/// <param name="Form">The characters of the token ("della", "zum", "New").</param>
/// <param name="Lemma">The lemma; a contraction's syntactic words' lemmas joined by '+' ("di+il").</param>
/// <param name="Upos">The universal part of speech; a contraction's tags joined by '+' ("ADP+DET").</param>
/// <param name="SpaceAfter">False when the token is glued to the next one (SpaceAfter=No).</param>
/// <remarks>Cronista tags surface tokens, not syntactic words: its tokenizer keeps "della" whole, so a
/// contraction is one token carrying its words' tags together.</remarks>
public sealed record ConlluToken(string Form, string Lemma, string Upos, bool SpaceAfter);

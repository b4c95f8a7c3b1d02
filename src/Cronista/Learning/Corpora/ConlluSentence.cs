using System.Collections.Immutable;

namespace Cronista.Learning.Corpora;

/// <summary>One sentence of a CoNLL-U file.</summary>
/// <param name="Id">The sent_id comment, when given.</param>
/// <param name="Text">The "# text" comment: the sentence as written, when given.</param>
/// <param name="Tokens">Its surface tokens.</param>
/// <param name="NewDocument">True when a "# newdoc" comment opens it.</param>
/// <param name="NewParagraph">True when a "# newpar" (or "# newdoc") comment opens it.</param>
public sealed record ConlluSentence(string? Id, string? Text, ImmutableArray<ConlluToken> Tokens, bool NewDocument, bool NewParagraph);

using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Eval.Ud;

/// <summary>A gold surface token placed in the rebuilt text.</summary>
/// <param name="Span">Where it lies in its document's text.</param>
/// <param name="Upos">Its part of speech (a contraction's tags joined by '+').</param>
/// <param name="Lemma">Its lemma (a contraction's lemmas joined by '+').</param>
internal readonly record struct UdGoldToken(TextSpan Span, string Upos, string Lemma);

/// <summary>One document rebuilt from a treebank: its raw text and where the gold tokens and sentences lie in it.</summary>
internal sealed record UdGoldDocument(string Id, string Text, ImmutableArray<UdGoldToken> Tokens, ImmutableArray<TextSpan> Sentences);

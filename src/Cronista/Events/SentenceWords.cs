using System.Collections.Immutable;
using Cronista.Analysis;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Events;

/// <summary>A sentence as event coding reads it: folded words, which tokens are quoted, and the entity mentions in it.</summary>
internal sealed class SentenceWords
{
    private readonly ImmutableArray<Token> _tokens;

    public SentenceWords(Document document, EntityIndex index, Sentence sentence, IReadOnlyList<TextSpan> quotations)
    {
        Document = document;
        Index = index;
        Sentence = sentence;
        _tokens = document.Get(Layers.Tokens);
        Words = [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(t => EntityLexicon.Fold(document.TextOf(_tokens[t].Span)))];
        var tags = document.Has(Layers.Words) ? document.Get(Layers.Words) : default;
        Lemmas = tags.IsDefault
            ? Words
            : [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(t => EntityLexicon.Fold(tags[t].Lemma))];
        IsNoun = tags.IsDefault
            ? [.. Words.Select(_ => false)]
            : [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(t => tags[t].Upos is "NOUN" or "PROPN")];
        IsVerb = tags.IsDefault
            ? [.. Words.Select(_ => true)]
            : [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(t => tags[t].Upos is "VERB")];
        Quoted = [.. Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(t => quotations.Any(q => q.Contains(_tokens[t].Span)))];
        Mentions = [.. index.Within(sentence.Span)];
    }

    public Document Document { get; }

    public EntityIndex Index { get; }

    public Sentence Sentence { get; }

    /// <summary>The sentence's tokens, folded; index 0 is the sentence's first token.</summary>
    public string[] Words { get; }

    /// <summary>The lemmas of the sentence's tokens, folded (the words themselves where no lemmas were found).</summary>
    public string[] Lemmas { get; }

    /// <summary>True for tokens the tagger read as nouns or proper nouns.</summary>
    public bool[] IsNoun { get; }

    /// <summary>True for tokens the tagger read as verbs (all tokens where no parts of speech were found).</summary>
    public bool[] IsVerb { get; }

    /// <summary>True for tokens inside quotation marks.</summary>
    public bool[] Quoted { get; }

    public List<(Mention Mention, Entity Entity)> Mentions { get; }

    public int Local(int token) => token - Sentence.FirstToken;

    public TextSpan SpanOf(int localStart, int localEnd) =>
        new(_tokens[Sentence.FirstToken + localStart].Span.Start, _tokens[Sentence.FirstToken + Math.Max(localStart, localEnd - 1)].Span.End);

    /// <summary>The local index of the token a mention starts in.</summary>
    public int StartOf(Mention mention) => Local(Index.TokenAt(mention.Span.Start));

    /// <summary>The local index one past the token a mention ends in.</summary>
    public int EndOf(Mention mention) => Local(Index.TokenAt(mention.Span.End - 1)) + 1;

    public bool IsQuoted(Mention mention) => Quoted[Math.Clamp(StartOf(mention), 0, Quoted.Length - 1)];
}

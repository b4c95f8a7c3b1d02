using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;
using Cronista.Text;

namespace Cronista.Entities.Learned;

/// <summary>What the entity tagger knows of a document before tagging it: every token's atoms, the rules' tags, and
/// how words are written elsewhere in the document.</summary>
internal sealed class NerDocument
{
    private readonly HashSet<ulong> _writtenLower = [];
    private readonly HashSet<ulong> _capitalisedInside = [];

    public NerDocument(Document document, ImmutableArray<Mention> ruleMentions, IWordClusters? clusters)
    {
        Tokens = document.Get(Layers.Tokens);
        Sentences = document.Get(Layers.Sentences);
        Atoms = new TokenAtoms[Tokens.Length];
        for (var t = 0; t < Tokens.Length; t++)
            Atoms[t] = TokenAtoms.Of(document.SliceOf(Tokens[t].Span), clusters);
        RuleTags.Apply(Tokens, ruleMentions, Atoms);
        if (document.TryGet(Layers.Words, out var words) && words.Length == Tokens.Length)
            Parts = [.. words.Select(w => FeatureHash.Of(w.Upos))];
        foreach (var sentence in Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (Atoms[t].AllLower)
                    _writtenLower.Add(Atoms[t].Lower);
                else if (Atoms[t].Capitalised && t > sentence.FirstToken)
                    _capitalisedInside.Add(Atoms[t].Form);
            }
        }
    }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public TokenAtoms[] Atoms { get; }

    /// <summary>Hashed parts of speech, parallel to the tokens, when the document has them.</summary>
    public ulong[]? Parts { get; }

    /// <summary>True when the word is also written in lower case somewhere in the document (a common word capitalised).</summary>
    public bool WrittenLowerElsewhere(int token) => _writtenLower.Contains(Atoms[token].Lower);

    /// <summary>True when the word is also capitalised somewhere other than a sentence start (a name, most likely).</summary>
    public bool CapitalisedInsideElsewhere(int token) => _capitalisedInside.Contains(Atoms[token].Form);
}

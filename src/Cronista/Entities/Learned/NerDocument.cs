using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Learning.Features;
using Cronista.Learning.Gazetteers;
using Cronista.Learning.Perceptron;
using Cronista.Text;

namespace Cronista.Entities.Learned;

/// <summary>What the entity tagger knows of a document before tagging it: every token's atoms, the rules' tags, the
/// name list's matches, and how words are written elsewhere in the document.</summary>
internal sealed class NerDocument
{
    private readonly HashSet<ulong> _writtenLower = [];
    private readonly HashSet<ulong> _capitalisedInside = [];
    private readonly Dictionary<ulong, byte> _placesInNames = [];

    public NerDocument(Document document, ImmutableArray<Mention> ruleMentions, IWordClusters? clusters, NameList? names)
    {
        Tokens = document.Get(Layers.Tokens);
        Sentences = document.Get(Layers.Sentences);
        // The part-of-speech stage hashed every token already, with the same clusters; the copy gets the rules' tags.
        if (document.TryGet(Layers.WordAtoms, out var computed) && computed.Length == Tokens.Length)
        {
            Atoms = computed.ToArray();
        }
        else
        {
            Atoms = new TokenAtoms[Tokens.Length];
            for (var t = 0; t < Tokens.Length; t++)
                Atoms[t] = TokenAtoms.Of(document.SliceOf(Tokens[t].Span), clusters);
        }
        RuleTags.Apply(Tokens, ruleMentions, Atoms);
        if (document.TryGet(Layers.Words, out var words) && words.Length == Tokens.Length)
            Parts = [.. words.Select(w => FeatureHash.Of(w.Upos))];
        if (names is not null)
            NameMasks = MatchNames(names);
        foreach (var sentence in Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (Atoms[t].AllLower)
                    _writtenLower.Add(Atoms[t].Lower);
                else if (Atoms[t].Capitalised && t > sentence.FirstToken)
                    _capitalisedInside.Add(Atoms[t].Form);
            }
            NotePlacesInNames(document, sentence);
        }
    }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public TokenAtoms[] Atoms { get; }

    /// <summary>Hashed parts of speech, parallel to the tokens, when the document has them.</summary>
    public ulong[]? Parts { get; }

    /// <summary>Per token, the name list's match mask (see <see cref="NameList.Match"/>), when there is a list.</summary>
    public byte[]? NameMasks { get; }

    /// <summary>True when the word is also written in lower case somewhere in the document (a common word capitalised).</summary>
    public bool WrittenLowerElsewhere(int token) => _writtenLower.Contains(Atoms[token].Lower);

    /// <summary>The first pass's votes, when this document is being tagged a second time.</summary>
    public FirstPassVotes? FirstPass { get; private set; }

    /// <summary>Records the labels a first pass gave every token, for the second pass's features.</summary>
    public void UseFirstPass(ReadOnlySpan<int> labels, LabelSet labelSet) => FirstPass = new FirstPassVotes(Atoms, labels, labelSet);

    /// <summary>Where the word stands in the document's runs of two or more title-case words ("Michael Jordan"):
    /// bit 0 first, bit 1 inside, bit 2 last; 0 when never in one. A lone "Jordan" after "Michael Jordan" is a surname.</summary>
    public byte PlacesInNames(int token) => _placesInNames.GetValueOrDefault(Atoms[token].Form);

    /// <summary>True when the word is also capitalised somewhere other than a sentence start (a name, most likely).</summary>
    public bool CapitalisedInsideElsewhere(int token) => _capitalisedInside.Contains(Atoms[token].Form);

    private byte[] MatchNames(NameList names)
    {
        var masks = new byte[Tokens.Length];
        var forms = new ulong[Tokens.Length];
        for (var t = 0; t < forms.Length; t++)
            forms[t] = Atoms[t].Form;
        foreach (var sentence in Sentences)
            names.Match(forms.AsSpan(sentence.FirstToken, sentence.TokenCount), masks.AsSpan(sentence.FirstToken, sentence.TokenCount));
        return masks;
    }

    private void NotePlacesInNames(Document document, Sentence sentence)
    {
        var t = sentence.FirstToken;
        while (t < sentence.EndToken)
        {
            var end = t;
            while (end < sentence.EndToken && IsTitleCase(document.SliceOf(Tokens[end].Span)))
                end++;
            for (var k = t; end - t >= 2 && k < end; k++)
            {
                var place = k == t ? 1 : k == end - 1 ? 4 : 2;
                _placesInNames[Atoms[k].Form] = (byte)(_placesInNames.GetValueOrDefault(Atoms[k].Form) | place);
            }
            t = Math.Max(end, t + 1);
        }
    }

    /// <summary>An upper-case letter followed by at least one lower-case one: names in running text, not headlines in capitals.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
            return false;
        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
                return true;
        }
        return false;
    }
}

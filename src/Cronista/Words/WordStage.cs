using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Cronista.Core;
using Cronista.Learning.Features;
using Cronista.Learning.Lemmas;
using Cronista.Learning.Perceptron;
using Cronista.Text;

namespace Cronista.Words;

/// <summary>Adds the words layer: every token's universal part of speech and lemma.</summary>
/// <remarks>A language without a tagger gets "X" (other) for every token; without a lemmatizer, the lower-cased form.</remarks>
internal sealed class WordStage(PerLanguage<PartOfSpeechTagger> taggers) : IStage
{
    /// <summary>The part of speech given when the language has no tagger.</summary>
    public const string Unknown = "X";

    public string Name => "tag-words";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Words, Layers.WordAtoms];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.Get(Layers.Tokens);
        var language = document.Language;
        var tagger = taggers.For(language);
        var lemmatizer = language is null ? null : Lemmatizer.For(language);
        // The splitter puts every token in exactly one sentence, so every word is set below.
        var words = new WordTag[tokens.Length];
        var buffer = new SentenceFeatures();
        var atoms = tagger is null ? [] : new TokenAtoms[tokens.Length];
        var tags = Array.Empty<int>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            if (tagger is not null)
            {
                if (sentence.TokenCount > tags.Length)
                    tags = new int[sentence.TokenCount * 2];
                var sentenceAtoms = atoms.AsSpan(sentence.FirstToken, sentence.TokenCount);
                for (var t = 0; t < sentenceAtoms.Length; t++)
                    sentenceAtoms[t] = TokenAtoms.Of(document.SliceOf(tokens[sentence.FirstToken + t].Span), tagger.Clusters);
                tagger.Tag(sentenceAtoms, buffer, tags.AsSpan(0, sentence.TokenCount));
            }
            for (var t = 0; t < sentence.TokenCount; t++)
            {
                var form = document.TextOf(tokens[sentence.FirstToken + t].Span);
                var upos = tagger is null ? Unknown : tagger.Model.Labels.Names[tags[t]];
                words[sentence.FirstToken + t] = new WordTag(upos, lemmatizer?.Lemmatize(form, upos) ?? form.ToLowerInvariant());
            }
        }
        document = document.With(Layers.Words, ImmutableCollectionsMarshal.AsImmutableArray(words), Name);
        return tagger is null ? document : document.With(Layers.WordAtoms, ImmutableCollectionsMarshal.AsImmutableArray(atoms), Name);
    }
}

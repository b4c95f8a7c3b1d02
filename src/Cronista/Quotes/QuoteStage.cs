using Cronista.Core;

namespace Cronista.Quotes;

/// <summary>Finds quotations and gives each its speaker, cue and chain of sources.</summary>
internal sealed class QuoteStage(QuoteAttributor attributor) : IStage
{
    public string Name => "attribute-quotes";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Sentences, Layers.Entities, Layers.Claims, Layers.Times];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Quotes];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Quotes, attributor.Attribute(document), Name);
}

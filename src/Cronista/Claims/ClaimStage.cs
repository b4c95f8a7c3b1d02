using Cronista.Core;

namespace Cronista.Claims;

/// <summary>Splits the article into claims and gives each its chain of sources, outermost first.</summary>
internal sealed class ClaimStage(ClaimAttributor attributor) : IStage
{
    public string Name => "attribute-claims";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Sentences, Layers.Entities, Layers.Times];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Claims];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Claims, attributor.Attribute(document), Name);
}

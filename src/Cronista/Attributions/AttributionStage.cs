using Cronista.Core;

namespace Cronista.Attributions;

/// <summary>Marks every attribution's source, cue and content spans, as PolNeAR annotates them.</summary>
internal sealed class AttributionStage(AttributionFinder finder) : IStage
{
    public string Name => "attribute-spans";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Sentences, Layers.Words];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Attributions];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Attributions, finder.Find(document), Name);
}

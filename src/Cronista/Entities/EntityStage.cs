using Cronista.Core;

namespace Cronista.Entities;

/// <summary>Groups mentions into one entity per person, organisation or place in the document.</summary>
internal sealed class EntityStage(MentionGrouper grouper) : IStage
{
    public string Name => "group-entities";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Mentions, Layers.Sentences];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Entities];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Entities, grouper.Group(document), Name);
}

using Cronista.Core;

namespace Cronista.Events;

/// <summary>Codes who did what to whom in PLOVER and CAMEO, with mode, date, place and claim.</summary>
internal sealed class EventStage(EventCoder coder) : IStage
{
    public string Name => "code-events";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Sentences, Layers.Words, Layers.Entities, Layers.Times, Layers.Claims];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Events];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Events, coder.Code(document), Name);
}

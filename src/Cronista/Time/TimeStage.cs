using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Time;

/// <summary>Finds time expressions and gives each a TIMEX3 value anchored to the publication date.</summary>
internal sealed class TimeStage : IStage
{
    public string Name => "normalize-times";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Times];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Times, [], Name);
}

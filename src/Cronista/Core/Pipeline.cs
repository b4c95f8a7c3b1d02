using System.Collections.Immutable;

namespace Cronista.Core;

/// <summary>A validated, immutable sequence of stages, built once and shared by all threads.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IStage> stages) => Stages = stages;

    /// <summary>The stages in the order they run.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Runs every stage over the document, in order.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.Process(document, cancellationToken);
        }
        return document;
    }
}

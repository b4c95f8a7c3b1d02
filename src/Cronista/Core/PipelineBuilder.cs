using System.Collections.Immutable;

namespace Cronista.Core;

/// <summary>Collects stages and checks, once, that every layer a stage requires is produced before it.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    /// <summary>Appends a stage; stages run in the order they are added.</summary>
    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Validates the order and returns the immutable pipeline.</summary>
    /// <exception cref="PipelineValidationException">A stage needs a layer nothing before it makes, or two stages share a name.</exception>
    public Pipeline Build()
    {
        var produced = new Dictionary<string, string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
                throw new PipelineValidationException($"Stage '{stage.Name}' is added twice; give each stage a distinct name.");
            foreach (var required in stage.Requires)
            {
                if (!produced.ContainsKey(required.Name))
                    throw new PipelineValidationException(
                        $"Stage '{stage.Name}' requires layer '{required.Name}', which no earlier stage produces; add the stage that produces it before '{stage.Name}'.");
            }
            foreach (var output in stage.Produces)
                produced[output.Name] = stage.Name;
        }
        return new Pipeline([.. _stages]);
    }
}

/// <summary>Raised when stages are put together in an order that cannot work.</summary>
public sealed class PipelineValidationException(string message) : InvalidOperationException(message);

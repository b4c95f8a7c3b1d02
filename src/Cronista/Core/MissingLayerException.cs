namespace Cronista.Core;

/// <summary>Raised when a stage reads a layer that no earlier stage produced.</summary>
public sealed class MissingLayerException(string layer)
    : InvalidOperationException($"Layer '{layer}' is missing; add the stage that produces it.")
{
    /// <summary>The name of the missing layer.</summary>
    public string Layer { get; } = layer;
}

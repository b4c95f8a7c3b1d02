namespace Cronista.Core;

/// <summary>An untyped handle on a layer, used where stages declare what they need and make.</summary>
public interface ILayer
{
    /// <summary>The stable, kebab-case layer name.</summary>
    string Name { get; }
}

/// <summary>A typed key for one annotation layer of a <see cref="Document"/>.</summary>
/// <typeparam name="T">The value the layer holds, usually an immutable array of annotations.</typeparam>
public sealed class Layer<T> : ILayer where T : notnull
{
    internal Layer(string name) => Name = name;

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

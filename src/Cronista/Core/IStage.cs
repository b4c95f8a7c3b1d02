namespace Cronista.Core;

/// <summary>One analysis step: reads some layers of a document and returns it with more layers.</summary>
/// <remarks>Stages never reach outside the document and must be safe to call from many threads at once.</remarks>
public interface IStage
{
    /// <summary>A stable kebab-case name, used in configuration and in every annotation's provenance.</summary>
    string Name { get; }

    /// <summary>The layers this stage reads; an earlier stage must produce each of them.</summary>
    IReadOnlyList<ILayer> Requires { get; }

    /// <summary>The layers this stage adds.</summary>
    IReadOnlyList<ILayer> Produces { get; }

    /// <summary>Returns the document with this stage's layers added.</summary>
    Document Process(Document document, CancellationToken cancellationToken);
}

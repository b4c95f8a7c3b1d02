using Cronista.Core;

namespace Cronista.Entities;

/// <summary>Finds names, role descriptions and demonyms of people, organisations and places.</summary>
internal sealed class MentionStage(EntityRecognizer recognizer) : IStage
{
    public string Name => "find-mentions";

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Times];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Mentions];

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document.With(Layers.Mentions, recognizer.Recognize(document), Name);
}

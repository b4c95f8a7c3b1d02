using Cronista.Core;

namespace Cronista.Language;

/// <summary>Adds the language layer: the source's declared language when it has one we support, else the detected one.</summary>
internal sealed class LanguageStage(LanguageDetector detector) : IStage
{
    public string Name => "identify-language";

    public IReadOnlyList<ILayer> Requires { get; } = [];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Language];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        var declared = document.Metadata.Language;
        var identification = SupportedLanguages.IsSupported(declared)
            ? new LanguageIdentification(declared!, 1.0, "declared")
            : detector.Detect(document.Text);
        return document.With(Layers.Language, identification, Name);
    }
}

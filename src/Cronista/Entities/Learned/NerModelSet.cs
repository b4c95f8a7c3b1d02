using System.Collections.Concurrent;
using Cronista.Core;
using Cronista.Learning.Perceptron;

namespace Cronista.Entities.Learned;

/// <summary>The trained entity taggers shipped in models/&lt;language&gt;/ner.bin.gz, each loaded on first use.</summary>
internal sealed class NerModelSet
{
    /// <summary>The models compiled into the assembly, shared by every analyzer.</summary>
    public static readonly NerModelSet Shared = new();

    private readonly ConcurrentDictionary<string, Lazy<NamedEntityTagger?>> _taggers = new(StringComparer.Ordinal);

    /// <summary>The tagger for the language, or null when the language has none (the rules then work alone).</summary>
    public NamedEntityTagger? For(string? language) =>
        language is null ? null : _taggers.GetOrAdd(language, l => new Lazy<NamedEntityTagger?>(() => Load(l))).Value;

    /// <summary>The path of a language's model under models/.</summary>
    public static string PathOf(string language) => $"{language}/ner.bin.gz";

    private static NamedEntityTagger? Load(string language)
    {
        var path = PathOf(language);
        if (!ModelFiles.Exists(path))
            return null;
        using var stream = ModelFiles.Open(path);
        var model = SequenceModelFile.Read(stream);
        if (model.Properties.GetValueOrDefault("features") != NerFeatures.Version)
            throw new InvalidDataException($"{path} was trained with features '{model.Properties.GetValueOrDefault("features")}', not '{NerFeatures.Version}'; retrain it (models/MODELS.md).");
        return new NamedEntityTagger(model, WordClusterSet.Shared.For(language));
    }
}

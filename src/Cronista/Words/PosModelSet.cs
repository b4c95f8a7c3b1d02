using System.Collections.Concurrent;
using Cronista.Core;
using Cronista.Entities.Learned;
using Cronista.Learning.Perceptron;

namespace Cronista.Words;

/// <summary>The part-of-speech taggers shipped in models/&lt;language&gt;/pos.bin.gz, each loaded on first use.</summary>
internal sealed class PosModelSet
{
    /// <summary>The models compiled into the assembly, shared by every analyzer.</summary>
    public static readonly PosModelSet Shared = new();

    private readonly ConcurrentDictionary<string, Lazy<PartOfSpeechTagger?>> _taggers = new(StringComparer.Ordinal);

    /// <summary>The tagger for the language, or null when it has none.</summary>
    public PartOfSpeechTagger? For(string? language) =>
        language is null ? null : _taggers.GetOrAdd(language, l => new Lazy<PartOfSpeechTagger?>(() => Load(l))).Value;

    private static PartOfSpeechTagger? Load(string language)
    {
        var path = $"{language}/pos.bin.gz";
        if (!ModelFiles.Exists(path))
            return null;
        using var stream = ModelFiles.Open(path);
        var model = SequenceModelFile.Read(stream);
        if (model.Properties.GetValueOrDefault("features") != PosFeatures.Version)
            throw new InvalidDataException($"models/{path} was trained with features '{model.Properties.GetValueOrDefault("features")}', not '{PosFeatures.Version}'; retrain it (models/MODELS.md).");
        return new PartOfSpeechTagger(model, WordClusterSet.Shared.For(language));
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Cronista.Core;
using Cronista.Entities.Learned;
using Cronista.Learning.Clusters;
using Cronista.Learning.Lemmas;
using Cronista.Words;

namespace Cronista.Benchmarks.Throughput;

/// <summary>How long each language's trained models (clusters, part of speech, lemmas, entities) take to load, cold.</summary>
internal static class ModelLoading
{
    /// <summary>Loads every supported language's models, one language at a time, and returns the seconds each took.</summary>
    public static JsonObject Measure()
    {
        var seconds = new JsonObject();
        foreach (var language in SupportedLanguages.All)
        {
            var clock = Stopwatch.StartNew();
            _ = WordClusters.ForLanguage(language);
            _ = PartOfSpeechTagger.Shipped.For(language);
            _ = Lemmatizer.For(language);
            _ = NamedEntityTagger.Shipped.For(language);
            seconds[language] = Math.Round(clock.Elapsed.TotalSeconds, 3);
        }
        return seconds;
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Cronista.Core;
using Cronista.Entities.Learned;
using Cronista.Learning.Clusters;
using Cronista.Learning.Gazetteers;
using Cronista.Learning.Lemmas;
using Cronista.Text.Boundaries;
using Cronista.Words;

namespace Cronista.Benchmarks.Throughput;

/// <summary>How long each language's trained models (clusters, part of speech, lemmas, name list, entities) take to
/// load, cold, and how much managed memory they keep.</summary>
internal static class ModelLoading
{
    /// <summary>Loads every supported language's models, one language at a time: seconds and retained megabytes per language.</summary>
    public static (JsonObject Seconds, JsonObject Megabytes) Measure()
    {
        var seconds = new JsonObject();
        var megabytes = new JsonObject();
        foreach (var language in SupportedLanguages.All)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            _ = WordClusters.ForLanguage(language);
            _ = SentenceEndModel.Shipped.For(language);
            _ = PartOfSpeechTagger.Shipped.For(language);
            _ = Lemmatizer.For(language);
            _ = NameList.ForLanguage(language);
            _ = NamedEntityTagger.Shipped.For(language);
            seconds[language] = Math.Round(clock.Elapsed.TotalSeconds, 3);
            megabytes[language] = Math.Round((GC.GetTotalMemory(forceFullCollection: true) - before) / 1e6, 1);
        }
        return (seconds, megabytes);
    }
}

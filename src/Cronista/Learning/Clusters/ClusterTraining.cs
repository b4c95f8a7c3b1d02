using System.Diagnostics;

namespace Cronista.Learning.Clusters;

/// <summary>How to train a word cluster table.</summary>
/// <param name="TextFiles">The unlabeled text: NER files (.conllu, .tsv), UD treebanks (*-ud-*.conllu), DICE (.tar.gz).</param>
/// <param name="OutputPath">Where to write the table (".gz" to compress it).</param>
/// <param name="Clusters">How many clusters to keep.</param>
/// <param name="MinCount">Words seen fewer times than this are left out.</param>
/// <param name="SkipEvery">When above 0, the sentences of NER files whose 0-based index is a multiple of it are left
/// out (they are kept apart for scoring).</param>
public sealed record ClusterTrainingOptions(
    IReadOnlyList<string> TextFiles,
    string OutputPath,
    int Clusters = 256,
    int MinCount = 3,
    int SkipEvery = 0);

/// <summary>What training a cluster table read and made.</summary>
/// <param name="Tokens">Tokens read.</param>
/// <param name="Words">Words in the table (seen at least the minimum count).</param>
/// <param name="Clusters">Distinct paths.</param>
/// <param name="Seconds">Time taken, reading included.</param>
/// <param name="Bytes">Size of the written file.</param>
public sealed record ClusterTrainingSummary(long Tokens, int Words, int Clusters, double Seconds, long Bytes);

/// <summary>Trains a word cluster table from unlabeled text and writes it.</summary>
public static class ClusterTraining
{
    /// <summary>Reads the text, clusters its words, writes the table and reports progress to <paramref name="log"/>.</summary>
    /// <exception cref="FileNotFoundException">A text file is missing.</exception>
    /// <exception cref="ArgumentException">A text file's format cannot be told from its name, or an option is out of range.</exception>
    public static ClusterTrainingSummary Run(ClusterTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Clusters, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinCount, 1);
        if (options.TextFiles.Count == 0)
            throw new ArgumentException("No text files given.", nameof(options));
        foreach (var file in options.TextFiles)
        {
            if (!File.Exists(file))
                throw new FileNotFoundException($"No file '{file}'.", file);
        }
        var watch = Stopwatch.StartNew();
        var corpus = ClusterCorpus.Count(options.TextFiles.SelectMany(f => Logged(f, options.SkipEvery, log)), options.MinCount);
        log.WriteLine($"{corpus.AllTokenCount:N0} tokens, {corpus.AllWordCount:N0} distinct words; {corpus.Words.Count:N0} seen at least {options.MinCount} times ({corpus.TokenCount:N0} tokens, {corpus.BigramCount:N0} bigrams), read in {watch.Elapsed.TotalSeconds:F1} s");
        var paths = BrownClustering.Run(corpus, options.Clusters, log);
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        ClusterFile.Write(options.OutputPath, corpus, paths);
        var summary = new ClusterTrainingSummary(corpus.AllTokenCount, corpus.Words.Count, paths.Distinct(StringComparer.Ordinal).Count(),
            watch.Elapsed.TotalSeconds, new FileInfo(options.OutputPath).Length);
        log.WriteLine($"Wrote {options.OutputPath}: {summary.Words:N0} words in {summary.Clusters} clusters (longest path {paths.Max(p => p.Length)}), {summary.Bytes:N0} bytes, in {summary.Seconds:F0} s.");
        return summary;
    }

    private static IEnumerable<string[]> Logged(string file, int skipEvery, TextWriter log)
    {
        long sentences = 0, tokens = 0;
        foreach (var sentence in UnlabeledText.Read(file, skipEvery))
        {
            sentences++;
            tokens += sentence.Length;
            yield return sentence;
        }
        log.WriteLine($"{file}: {sentences:N0} sentences, {tokens:N0} tokens");
    }
}

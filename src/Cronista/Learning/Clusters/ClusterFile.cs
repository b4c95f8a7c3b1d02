using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Cronista.Learning.Clusters;

/// <summary>The word cluster file, in the layout of Liang's brown-cluster "paths" output: one word a line,
/// "path TAB word TAB count", UTF-8, gzipped when the name ends ".gz".</summary>
/// <remarks>Lines are sorted by path, then by falling count, then by word (ordinal), so the same clustering gives
/// the same bytes. There are no comment lines: "#" is a word like any other.</remarks>
public static class ClusterFile
{
    /// <summary>Writes every word of the corpus with its path.</summary>
    public static void Write(string path, ClusterCorpus corpus, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(paths);
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        var order = Enumerable.Range(0, corpus.Words.Count)
            .OrderBy(i => paths[i], StringComparer.Ordinal)
            .ThenByDescending(i => corpus.Counts[i])
            .ThenBy(i => corpus.Words[i], StringComparer.Ordinal);
        foreach (var i in order)
            writer.WriteLine($"{paths[i]}\t{corpus.Words[i]}\t{corpus.Counts[i].ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Reads the lines of a cluster file as (path, word, count).</summary>
    /// <exception cref="InvalidDataException">A line is not "path TAB word TAB count" with a path of '0' and '1'.</exception>
    public static IEnumerable<(string Path, string Word, long Count)> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Length == 0 || fields[0].AsSpan().ContainsAnyExcept('0', '1') || fields[1].Length == 0
                || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                throw new InvalidDataException($"{source}:{lineNumber}: expected 'path TAB word TAB count', with a path of 0s and 1s.");
            yield return (fields[0], fields[1], count);
        }
    }
}

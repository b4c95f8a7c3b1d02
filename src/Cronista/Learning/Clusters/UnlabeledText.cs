using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Cronista.Learning.Corpora;

namespace Cronista.Learning.Clusters;

/// <summary>Reads tokenized sentences, labels ignored, from the corpus formats word clusters are trained on.</summary>
public static class UnlabeledText
{
    /// <summary>Reads a file whose format is told by its name: ".tar.gz" (DICE article tables), ".tsv" (KIND NER,
    /// "token, tag"), ".conllu" (a Universal Dependencies treebank when its name ends "-ud-&lt;split&gt;.conllu",
    /// otherwise a CoNLL-style NER file, "index, token, tag").</summary>
    /// <param name="path">The file.</param>
    /// <param name="skipEvery">For NER files: when above 0, leave out the sentences whose 0-based index is a multiple
    /// of it, the part of the file kept apart for scoring; 0 reads every sentence.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentException">The format cannot be told from the name.</exception>
    public static IEnumerable<string[]> Read(string path, int skipEvery = 0)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No file '{path}'.", path);
        var name = Path.GetFileName(path);
        if (name.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
            return DiceArchive(path);
        if (name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
            return NerFile(path, tokenColumn: 0, skipEvery);
        if (name.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
            return IsUniversalDependencies(name) ? Treebank(path) : NerFile(path, tokenColumn: 1, skipEvery);
        throw new ArgumentException($"Cannot tell the format of '{path}' from its name: expected .conllu, .tsv or .tar.gz.", nameof(path));
    }

    /// <summary>True for the treebank file names of Universal Dependencies ("it_partut-ud-train.conllu").</summary>
    public static bool IsUniversalDependencies(string fileName) =>
        fileName.Contains("-ud-", StringComparison.Ordinal) && fileName.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase);

    /// <summary>The surface tokens of every sentence of a Universal Dependencies treebank.</summary>
    public static IEnumerable<string[]> Treebank(string path) =>
        ConlluReader.Read(path).Select(s => s.Tokens.Select(t => t.Form).ToArray());

    /// <summary>The sentences of a one-token-a-line NER file: blank lines end sentences, "-DOCSTART-" lines are skipped.</summary>
    /// <param name="path">The file (UTF-8).</param>
    /// <param name="tokenColumn">The tab-separated column holding the token: 1 for "index, token, tag", 0 for "token, tag".</param>
    /// <param name="skipEvery">When above 0, leave out the sentences whose 0-based index is a multiple of it.</param>
    /// <remarks>A file whose umlauts all come as Cyrillic letters is repaired (<see cref="CyrillicMojibake"/>).</remarks>
    public static IEnumerable<string[]> NerFile(string path, int tokenColumn, int skipEvery = 0)
    {
        var damaged = CyrillicMojibake.IsDamaged(File.ReadLines(path, Encoding.UTF8));
        using var reader = new StreamReader(path, Encoding.UTF8);
        foreach (var sentence in NerLines(reader, tokenColumn, skipEvery))
        {
            if (damaged)
            {
                for (var i = 0; i < sentence.Length; i++)
                    sentence[i] = CyrillicMojibake.Repair(sentence[i]);
            }
            yield return sentence;
        }
    }

    /// <summary>The sentences of one-token-a-line NER text; see <see cref="NerFile"/>.</summary>
    public static IEnumerable<string[]> NerLines(TextReader reader, int tokenColumn, int skipEvery = 0)
    {
        var tokens = new List<string>();
        var index = 0;
        while (true)
        {
            var line = reader.ReadLine();
            if (string.IsNullOrWhiteSpace(line))
            {
                if (tokens.Count > 0)
                {
                    if (skipEvery <= 0 || index % skipEvery != 0)
                        yield return [.. tokens];
                    index++;
                    tokens.Clear();
                }
                if (line is null)
                    yield break;
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length <= tokenColumn)
                continue;
            var token = fields[tokenColumn];
            if (token.Length > 0 && token != "-DOCSTART-")
                tokens.Add(token);
        }
    }

    /// <summary>The sentences of the DICE news archive: a tar.gz of CSV files, one an article, whose first column is
    /// the token. DICE marks no sentence ends, so a sentence ends after ".", "!" or "?" and at the article's end.</summary>
    public static IEnumerable<string[]> DiceArchive(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var entries = new List<(string Name, string Text)>();
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null
                || !entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                continue;
            using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
            entries.Add((entry.Name, reader.ReadToEnd()));
        }
        // The archive's order is the order files were packed in; sorting by name makes the reading order explicit.
        foreach (var (_, text) in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            foreach (var sentence in CsvArticle(new StringReader(text)))
                yield return sentence;
        }
    }

    /// <summary>The sentences of one DICE article table (header row, then one token a row in the first column).</summary>
    public static IEnumerable<string[]> CsvArticle(TextReader reader)
    {
        var tokens = new List<string>();
        var header = true;
        foreach (var row in CsvRows.Read(reader))
        {
            if (header)
            {
                header = false;
                continue;
            }
            var token = row.Count > 0 ? row[0].Trim() : "";
            if (token.Length == 0)
                continue;
            tokens.Add(token);
            if (token is "." or "!" or "?")
            {
                yield return [.. tokens];
                tokens.Clear();
            }
        }
        if (tokens.Count > 0)
            yield return [.. tokens];
    }
}

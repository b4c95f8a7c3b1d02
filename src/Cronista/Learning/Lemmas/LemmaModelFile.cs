using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Cronista.Learning.Lemmas;

/// <summary>Reads and writes lemmatizer models: UTF-8 text, gzipped when the name ends in ".gz", one record a line.</summary>
/// <remarks>
/// Lines: "# …" comments; "@format cronista-lemma 1"; "@language it"; "@max-suffix 10"; "@lookup-tags NOUN VERB …";
/// "w form upos lemma count" (a training form); "r upos suffix edit" (a suffix rule, edit as
/// <see cref="LemmaEdit.Encode"/>); "x form lemma" (a lexicon pair). Fields are tab-separated; records of each kind are
/// sorted by their fields' UTF-16 code units, so the same training gives the same bytes.
/// </remarks>
public static class LemmaModelFile
{
    private const string Format = "cronista-lemma 1";

    /// <summary>Writes the model; "-.gz" names get gzipped.</summary>
    public static void Write(LemmaModelData data, string path, IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var comment in comments)
            writer.WriteLine($"# {comment}");
        writer.WriteLine($"@format {Format}");
        writer.WriteLine($"@language {data.Language}");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"@max-suffix {data.MaxSuffix}"));
        writer.WriteLine($"@lookup-tags {string.Join(' ', data.LookupTags)}");
        foreach (var e in data.Entries.OrderBy(e => e.Form, StringComparer.Ordinal).ThenBy(e => e.Upos, StringComparer.Ordinal))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"w\t{e.Form}\t{e.Upos}\t{e.Lemma}\t{e.Count}"));
        foreach (var r in data.Rules.OrderBy(r => r.Upos, StringComparer.Ordinal).ThenBy(r => r.Suffix, StringComparer.Ordinal))
            writer.WriteLine($"r\t{r.Upos}\t{r.Suffix}\t{r.Edit.Encode()}");
        foreach (var (form, lemma) in data.Lookup.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine($"x\t{form}\t{lemma}");
    }

    /// <summary>Reads a model file from disk.</summary>
    public static LemmaModelData Read(string path) =>
        Read(path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(File.OpenRead(path), CompressionMode.Decompress) : File.OpenRead(path), path);

    /// <summary>Reads a model from an already decompressed stream, which it closes; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The stream is not a lemmatizer model.</exception>
    public static LemmaModelData Read(Stream stream, string source)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        string? language = null;
        var maxSuffix = 0;
        var formatSeen = false;
        var tags = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<LemmaEntry>();
        var rules = ImmutableArray.CreateBuilder<SuffixRule>();
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (line[0] == '@')
            {
                var space = line.IndexOf(' ');
                var key = space < 0 ? line : line[..space];
                var value = space < 0 ? "" : line[(space + 1)..];
                switch (key)
                {
                    case "@format":
                        formatSeen = value == Format ? true : throw Bad(source, lineNumber, $"format '{value}', expected '{Format}'");
                        break;
                    case "@language":
                        language = value;
                        break;
                    case "@max-suffix":
                        maxSuffix = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "@lookup-tags":
                        tags.UnionWith(value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        break;
                }
                continue;
            }
            // Lexicon pairs are most of the file: read them without splitting into an array.
            if (line.StartsWith("x\t", StringComparison.Ordinal) && line.IndexOf('\t', 2) is var tab and > 2 && line.IndexOf('\t', tab + 1) < 0)
            {
                lookup[line[2..tab]] = line[(tab + 1)..];
                continue;
            }
            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "w" when fields.Length == 5:
                    entries.Add(new LemmaEntry(fields[1], fields[2], fields[3], int.Parse(fields[4], CultureInfo.InvariantCulture)));
                    break;
                case "r" when fields.Length == 4:
                    rules.Add(new SuffixRule(fields[1], fields[2], LemmaEdit.Decode(fields[3])));
                    break;
                default:
                    throw Bad(source, lineNumber, "a record that is neither 'w', 'r' nor 'x' with its fields");
            }
        }
        if (!formatSeen || language is null)
            throw new InvalidDataException($"{source}: not a lemmatizer model (no '@format {Format}' or '@language' line).");
        return new LemmaModelData(language, entries.ToImmutable(), rules.ToImmutable(), lookup, tags.ToImmutable(), maxSuffix);
    }

    private static InvalidDataException Bad(string source, int line, string what) => new($"{source}:{line}: {what}.");
}

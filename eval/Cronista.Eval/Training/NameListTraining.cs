using System.IO.Compression;
using System.Text;
using Cronista.Eval.Ner;
using Cronista.Learning.Gazetteers;
using Cronista.Text;

namespace Cronista.Eval.Training;

/// <summary>What to build a name list from.</summary>
/// <param name="Language">The language whose tokenizer splits the names.</param>
/// <param name="Tagged">Tagged corpora (CoNLL, KIND or GermEval layout) whose entities become names.</param>
/// <param name="Lists">Plain lists, one "TYPE name" per line (KIND's gazetteers).</param>
/// <param name="Output">Where the list is written (.tsv.gz).</param>
/// <param name="MinShare">A type is kept for a name when at least this share of the name's occurrences carry it.</param>
internal sealed record NameListOptions(string Language, IReadOnlyList<string> Tagged, IReadOnlyList<string> Lists, string Output, double MinShare = 0.25);

/// <summary>Builds the entity tagger's name list (<see cref="NameList"/>) from tagged corpora and plain lists.</summary>
/// <remarks>The corpora must not be the tagger's own training or dev files: a list that knows every training name
/// teaches the model to trust it more than it deserves on new text. Names are split by Cronista's tokenizer, so they
/// match the tokens the tagger sees.</remarks>
internal static class NameListTraining
{
    public static int Run(NameListOptions options, TextWriter log)
    {
        var rules = new TokenizationRuleSet().For(options.Language);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var path in options.Tagged)
        {
            var corpus = GoldReader.Read(path);
            var before = counts.Count;
            foreach (var sentence in corpus.Documents.SelectMany(d => d.Sentences))
            {
                foreach (var chunk in Chunker.Chunks([.. sentence.Tokens.Select(t => t.Tag)], 0))
                    Count(counts, rules, string.Join(' ', sentence.Tokens[chunk.Start..chunk.End].Select(t => t.Text)), chunk.Type);
            }
            log.WriteLine($"{path}: {counts.Count - before:N0} new names");
        }
        foreach (var path in options.Lists)
        {
            var before = counts.Count;
            foreach (var line in File.ReadLines(path))
            {
                var space = line.IndexOfAny([' ', '\t']);
                if (space > 0)
                    Count(counts, rules, line[(space + 1)..].Trim(), line[..space]);
            }
            log.WriteLine($"{path}: {counts.Count - before:N0} new names");
        }
        var written = Write(counts, options);
        log.WriteLine($"wrote {options.Output}: {written:N0} names with their types");
        return written;
    }

    private static void Count(Dictionary<string, int[]> counts, TokenizationRules rules, string name, string type)
    {
        var bit = NameList.TypeIndex(type);
        if (bit < 0 || !HasCapital(name))
            return;
        var tokens = Tokenizer.Tokenize(name, rules);
        if (tokens.Length == 0 || tokens.Length > NameList.MaxTokens)
            return;
        var key = string.Join(' ', tokens.Select(t => name[t.Span.Start..t.Span.End]));
        if (!counts.TryGetValue(key, out var byType))
            counts[key] = byType = new int[NameList.Types.Count];
        byType[bit]++;
    }

    /// <summary>Silver corpora tag some common words; a name here has at least one capital letter or digit.</summary>
    private static bool HasCapital(string name) => name.Any(c => char.IsUpper(c) || char.IsDigit(c));

    private static int Write(Dictionary<string, int[]> counts, NameListOptions options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
        using var file = File.Create(options.Output);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine($"# Names and their types for the {options.Language} entity tagger, from: "
                         + string.Join(' ', options.Tagged.Concat(options.Lists).Select(Path.GetFileName)));
        var written = 0;
        foreach (var (name, byType) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var total = byType.Sum();
            for (var t = 0; t < byType.Length; t++)
            {
                if (byType[t] > 0 && byType[t] >= options.MinShare * total)
                {
                    writer.WriteLine($"{NameList.Types[t]}\t{name}");
                    written++;
                }
            }
        }
        return written;
    }
}

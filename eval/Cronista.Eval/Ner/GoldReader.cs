using System.Collections.Immutable;
using System.Globalization;

namespace Cronista.Eval.Ner;

/// <summary>Reads gold NER files (CoNLL, KIND, GermEval) into documents of tagged sentences.</summary>
internal static class GoldReader
{
    /// <summary>Sentences per document when the file has no document markers; about one news article's worth.</summary>
    public const int SentencesPerChunk = 30;

    /// <summary>Reads a file, detecting its format when none is given.</summary>
    /// <exception cref="GoldFormatException">The file does not have the expected layout.</exception>
    public static GoldCorpus Read(string path, NerFormat? format = null)
    {
        var chosen = format ?? NerFormatDetector.Detect(path);
        using var reader = new StreamReader(path);
        return Read(reader, path, chosen);
    }

    /// <summary>Reads gold text in a known format.</summary>
    /// <exception cref="GoldFormatException">The text does not have the expected layout.</exception>
    public static GoldCorpus Read(TextReader reader, string source, NerFormat format)
    {
        var scheme = LabelScheme.For(format);
        var builder = new CorpusBuilder(source, format);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                builder.EndSentence();
                continue;
            }
            if (format == NerFormat.GermEval && line.StartsWith('#'))
            {
                // Each GermEval sentence comes from its own source, named on this line.
                builder.EndDocument();
                continue;
            }
            var (token, written) = format switch
            {
                NerFormat.Kind => KindColumns(line, source, number),
                NerFormat.GermEval => GermEvalColumns(line, source, number),
                _ => ConllColumns(line, source, number),
            };
            if (format == NerFormat.Conll && token == "-DOCSTART-")
            {
                builder.EndDocument();
                continue;
            }
            if (!scheme.TryParse(written, out var tag, out var error))
                throw new GoldFormatException(source, number, error!);
            builder.Add(new GoldToken(token, tag));
        }
        return builder.Build();
    }

    private static (string Token, string Tag) ConllColumns(string line, string source, int number)
    {
        var fields = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2)
            throw new GoldFormatException(source, number, "expected 'index TAB token TAB tag' or 'token … tag'");
        var indexed = fields.Length >= 3 && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
        return (indexed ? fields[1] : fields[0], fields[^1]);
    }

    private static (string Token, string Tag) KindColumns(string line, string source, int number)
    {
        var fields = line.Split('\t');
        if (fields.Length != 2)
            throw new GoldFormatException(source, number, $"expected 'token TAB tag', found {fields.Length} tab-separated fields");
        return (fields[0], fields[1]);
    }

    private static (string Token, string Tag) GermEvalColumns(string line, string source, int number)
    {
        var fields = line.Split('\t');
        if (fields.Length < 3)
            throw new GoldFormatException(source, number, "expected 'index TAB token TAB outer-tag TAB inner-tag'");
        return (fields[1], fields[2]);
    }

    /// <summary>Collects tokens into sentences and sentences into documents, by markers when the file has them, else in chunks.</summary>
    private sealed class CorpusBuilder(string source, NerFormat format)
    {
        private readonly List<GoldToken> _tokens = [];
        private readonly List<List<GoldSentence>> _marked = [[]];
        private bool _sawMarker;

        public void Add(GoldToken token) => _tokens.Add(token);

        public void EndSentence()
        {
            if (_tokens.Count == 0)
                return;
            _marked[^1].Add(new GoldSentence([.. _tokens]));
            _tokens.Clear();
        }

        public void EndDocument()
        {
            EndSentence();
            _sawMarker = true;
            if (_marked[^1].Count > 0)
                _marked.Add([]);
        }

        public GoldCorpus Build()
        {
            EndSentence();
            var groups = _sawMarker
                ? _marked.Where(g => g.Count > 0).ToList()
                : _marked[0].Chunk(SentencesPerChunk).Select(c => c.ToList()).ToList();
            var name = Path.GetFileNameWithoutExtension(source);
            var documents = groups
                .Select((sentences, i) => new GoldDocument($"{name}#{i + 1}", [.. sentences]))
                .ToImmutableArray();
            return new GoldCorpus(source, format, documents);
        }
    }
}

using System.Collections.Immutable;

namespace Cronista.Learning.Corpora;

/// <summary>Reads Universal Dependencies CoNLL-U files into surface-token sentences.</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of a CoNLL-U file (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <param name="words">Give a contraction's syntactic words ("do", "n't") instead of its surface token ("don't"), for
    /// languages whose tokenizer splits contractions as UD does.</param>
    /// <exception cref="InvalidDataException">A token line has fewer than ten columns.</exception>
    public static IEnumerable<ConlluSentence> Read(string path, bool words = false)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path, words))
            yield return sentence;
    }

    /// <summary>Reads every sentence from a reader; <paramref name="source"/> names it in errors.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source, bool words = false)
    {
        var builder = new SentenceBuilder(words);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (builder.Build() is { } done)
                    yield return done;
                continue;
            }
            if (line[0] == '#')
            {
                builder.Comment(line);
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < 10)
                throw new InvalidDataException($"{source}:{lineNumber}: a CoNLL-U token line needs 10 tab-separated columns, found {fields.Length}.");
            builder.Token(fields);
        }
        if (builder.Build() is { } last)
            yield return last;
    }

    /// <summary>Collects one sentence's comments and lines; joins a contraction's words into its surface token.</summary>
    private sealed class SentenceBuilder(bool words)
    {
        private readonly ImmutableArray<ConlluToken>.Builder _tokens = ImmutableArray.CreateBuilder<ConlluToken>();
        private string? _id;
        private string? _text;
        private bool _newDocument;
        private bool _newParagraph;
        private int _rangeEnd;
        private string[]? _range;
        private readonly List<string[]> _rangeWords = [];

        public void Comment(string line)
        {
            if (line.StartsWith("# sent_id", StringComparison.Ordinal))
                _id = ValueOf(line);
            else if (line.StartsWith("# text =", StringComparison.Ordinal))
                _text = ValueOf(line);
            else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                _newDocument = _newParagraph = true;
            else if (line.StartsWith("# newpar", StringComparison.Ordinal))
                _newParagraph = true;
        }

        public void Token(string[] fields)
        {
            var id = fields[0];
            if (id.Contains('.'))
                return; // An empty node of enhanced dependencies: not in the text.
            var dash = id.IndexOf('-');
            if (dash > 0 && words)
                return;
            if (dash > 0)
            {
                _range = fields;
                _rangeEnd = int.Parse(id.AsSpan(dash + 1));
                _rangeWords.Clear();
                return;
            }
            if (_range is not null)
            {
                _rangeWords.Add(fields);
                if (int.Parse(id) >= _rangeEnd)
                {
                    _tokens.Add(new ConlluToken(_range[1], string.Join('+', _rangeWords.Select(w => w[2])), string.Join('+', _rangeWords.Select(w => w[3])), SpaceAfter(_range)));
                    _range = null;
                }
                return;
            }
            _tokens.Add(new ConlluToken(fields[1], fields[2], fields[3], SpaceAfter(fields)));
        }

        public ConlluSentence? Build()
        {
            if (_tokens.Count == 0)
                return null;
            var sentence = new ConlluSentence(_id, _text, _tokens.ToImmutable(), _newDocument, _newParagraph);
            _tokens.Clear();
            _id = _text = null;
            _newDocument = _newParagraph = false;
            _range = null;
            return sentence;
        }

        private static bool SpaceAfter(string[] fields) => !fields[9].Contains("SpaceAfter=No", StringComparison.Ordinal);

        private static string ValueOf(string comment)
        {
            var equals = comment.IndexOf('=');
            return equals < 0 ? "" : comment[(equals + 1)..].Trim();
        }
    }
}

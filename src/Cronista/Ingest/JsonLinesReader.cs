using System.Text;

namespace Cronista.Ingest;

/// <summary>Streams a JSONL file: one article per line, one item per line, never the whole file in memory.</summary>
internal static class JsonLinesReader
{
    /// <summary>Every line's article or failure, named "<paramref name="name"/>:LINE"; blank lines are skipped.</summary>
    public static IEnumerable<IngestItem> Read(Stream stream, string name, long maxLineBytes)
    {
        var lines = new BoundedLineReader(WithoutBom(stream), maxLineBytes);
        var number = 0;
        while (lines.Next() is { } line)
        {
            number++;
            var source = $"{name}:{number}";
            if (line.Bytes is null)
            {
                yield return new IngestFailure(source,
                    $"line longer than the {ByteSizes.Format(maxLineBytes)} limit for one article; raise the limit (--max-size) if it really is one article",
                    line.StreamBytes);
                continue;
            }
            var text = TextDecoding.DecodeWithoutBom(line.Bytes, out var encoding);
            if (string.IsNullOrWhiteSpace(text))
                continue;
            yield return JsonRecordParser.Parse(text, source, encoding, line.StreamBytes);
        }
    }

    /// <summary>The stream as UTF-8 without a byte-order mark: UTF-16 and UTF-32 files are transcoded on the fly.</summary>
    private static Stream WithoutBom(Stream stream)
    {
        var head = new byte[4];
        var length = 0;
        int n;
        while (length < head.Length && (n = stream.Read(head, length, head.Length - length)) > 0)
            length += n;
        var bom = TextDecoding.DetectBom(head.AsSpan(0, length));
        if (bom is null)
            return new PrefixedStream(head, length, stream);
        var rest = new PrefixedStream(head[bom.Value.Length..length], length - bom.Value.Length, stream);
        return bom.Value.Encoding is UTF8Encoding ? rest : Encoding.CreateTranscodingStream(rest, bom.Value.Encoding, Encoding.UTF8);
    }
}

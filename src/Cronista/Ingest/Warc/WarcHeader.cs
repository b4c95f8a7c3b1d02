using System.Globalization;
using System.Text;

namespace Cronista.Ingest.Warc;

/// <summary>A WARC record's header (ISO 28500, WARC 1.0 and 1.1): its version line and named fields.</summary>
internal sealed class WarcHeader
{
    private const int MaxLineBytes = 64 * 1024;
    private const int MaxFields = 512;

    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    private WarcHeader(long offset) => Offset = offset;

    /// <summary>Where the record starts in the decompressed stream.</summary>
    public long Offset { get; }

    /// <summary>The record type in lower case ("response", "request", "warcinfo" …).</summary>
    public string Type => (Field("WARC-Type") ?? "").ToLowerInvariant();

    /// <summary>The record's id without its angle brackets ("urn:uuid:…"), or its offset when it has none.</summary>
    public string Id => Unbracketed(Field("WARC-Record-ID")) ?? $"offset-{Offset}";

    /// <summary>The URI the record was captured from, without angle brackets (WARC 1.0 examples wrote them).</summary>
    public string? TargetUri => Unbracketed(Field("WARC-Target-URI"));

    /// <summary>The block's media type as declared.</summary>
    public string? ContentType => Field("Content-Type");

    /// <summary>The block's length in bytes, or null when the field is missing or not a number.</summary>
    public long? ContentLength =>
        long.TryParse(Field("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : null;

    /// <summary>The next record's header; null at the clean end of the file.</summary>
    /// <exception cref="WarcFormatException">What follows is not a WARC record header.</exception>
    public static WarcHeader? Read(WarcInput input)
    {
        byte[]? line;
        long offset;
        // Records end with two line breaks; tolerate more or fewer.
        do
        {
            offset = input.Offset;
            line = input.ReadLine(MaxLineBytes);
            if (line is null)
                return null;
        }
        while (line.Length == 0);
        if (!line.AsSpan().StartsWith("WARC/"u8))
            throw new WarcFormatException(
                $"no WARC record starts at byte {offset:N0} (it begins \"{Preview(line)}\"): the file is corrupt, or not a WARC file");
        var header = new WarcHeader(offset);
        string? last = null;
        while ((line = input.ReadLine(MaxLineBytes)) is { Length: > 0 })
        {
            var text = Encoding.UTF8.GetString(line);
            if (text[0] is ' ' or '\t' && last is not null)
            {
                // A folded line continues the previous field (RFC 2616-style headers, as WARC allows).
                header._fields[last] += " " + text.Trim();
                continue;
            }
            var colon = text.IndexOf(':');
            if (colon <= 0)
                continue;
            if (header._fields.Count >= MaxFields)
                throw new WarcFormatException($"the record at byte {header.Offset:N0} has more than {MaxFields} header fields: the file is corrupt");
            last = text[..colon].Trim();
            header._fields[last] = text[(colon + 1)..].Trim();
        }
        if (line is null)
            throw new WarcFormatException($"the file is truncated: it ends inside the header of the record at byte {header.Offset:N0}");
        return header;
    }

    public string? Field(string name) => _fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private static string? Unbracketed(string? value) => value?.Trim().TrimStart('<').TrimEnd('>');

    private static string Preview(byte[] line) =>
        new([.. Encoding.Latin1.GetString(line, 0, Math.Min(line.Length, 20)).Select(c => char.IsControl(c) ? '.' : c)]);
}

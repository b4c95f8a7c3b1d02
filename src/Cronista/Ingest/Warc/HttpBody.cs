using System.IO.Compression;

namespace Cronista.Ingest.Warc;

/// <summary>Undoes the transfer and content codings of an archived HTTP body, bounded in size.</summary>
/// <remarks>Archivers differ: some store the body as it came over the wire (chunked, gzipped), others store it decoded
/// but keep the headers. A coding the bytes do not bear out is therefore left undone rather than failing the page.</remarks>
internal static class HttpBody
{
    /// <summary>The body with chunking and compression undone; null when it decodes to more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? Decode(byte[] body, string? transferEncoding, string? contentEncoding, long limit)
    {
        if (Has(transferEncoding, "chunked") && Dechunk(body) is { } joined)
            body = joined;
        var coding = contentEncoding?.Split(',').Select(c => c.Trim().ToLowerInvariant()).LastOrDefault(c => c is not ("" or "identity"));
        var decoded = coding switch
        {
            "gzip" or "x-gzip" when body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) => Inflate(body, s => new GZipStream(s, CompressionMode.Decompress), limit),
            "deflate" => Inflate(body, s => new ZLibStream(s, CompressionMode.Decompress), limit)
                ?? Inflate(body, s => new DeflateStream(s, CompressionMode.Decompress), limit),
            "br" => Inflate(body, s => new BrotliStream(s, CompressionMode.Decompress), limit),
            _ => null,
        } ?? body;
        return decoded.Length <= limit ? decoded : null;
    }

    private static bool Has(string? header, string token) =>
        header is not null && header.Split(',').Any(t => t.Trim().Equals(token, StringComparison.OrdinalIgnoreCase));

    /// <summary>The data of a chunked body (RFC 9112 §7.1); null when the bytes are not chunked after all.</summary>
    private static byte[]? Dechunk(byte[] body)
    {
        var output = new MemoryStream(body.Length);
        var at = 0;
        while (true)
        {
            var lineEnd = body.AsSpan(at).IndexOf((byte)'\n');
            if (lineEnd < 0)
                return null;
            var line = System.Text.Encoding.ASCII.GetString(body, at, lineEnd).Trim();
            var extension = line.IndexOf(';');
            if (extension >= 0)
                line = line[..extension].Trim();
            if (!int.TryParse(line, System.Globalization.NumberStyles.AllowHexSpecifier, null, out var size) || size < 0)
                return null;
            at += lineEnd + 1;
            if (size == 0)
                return output.ToArray();
            if (at + size > body.Length)
                return null;
            output.Write(body, at, size);
            at += size;
            // The line break after each chunk's data.
            if (at < body.Length && body[at] == '\r')
                at++;
            if (at < body.Length && body[at] == '\n')
                at++;
        }
    }

    /// <summary>The decompressed bytes, at most limit + 1 of them; null when the bytes are not in this coding.</summary>
    private static byte[]? Inflate(byte[] body, Func<Stream, Stream> open, long limit)
    {
        try
        {
            using var stream = open(new MemoryStream(body, writable: false));
            var output = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, n);
                if (output.Length > limit)
                    break;
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

namespace Cronista.Ingest.Warc;

/// <summary>Counts the compressed bytes read from a file and the decompressed bytes that come out of them, and stops a
/// gzip bomb: data that expands far beyond what any web archive does.</summary>
/// <remarks>Web pages compress about 5 to 10 times; a ratio over 100 once a few megabytes have come out is made on
/// purpose (or a corrupt file), and reading on would only burn time and disk cache.</remarks>
internal sealed class CompressionGuard(long minimumBeforeCheck)
{
    /// <summary>The ratio of decompressed to compressed bytes past which reading stops.</summary>
    public const int MaxRatio = 100;

    /// <summary>Compressed bytes read from the file so far.</summary>
    public long Compressed { get; private set; }

    /// <summary>Decompressed bytes produced so far.</summary>
    public long Decompressed { get; private set; }

    /// <summary>The file stream, counting what is read from it.</summary>
    public Stream CountCompressed(Stream file) => new Counting(file, n => Compressed += n);

    /// <summary>The decompressed stream, counting what comes out and throwing <see cref="GzipBombException"/> on a bomb.</summary>
    public Stream Guard(Stream decompressed) => new Counting(decompressed, n =>
    {
        Decompressed += n;
        if (Decompressed > minimumBeforeCheck && Decompressed > MaxRatio * Math.Max(1, Compressed))
            throw new GzipBombException(Decompressed, Compressed);
    });

    private sealed class Counting(Stream inner, Action<int> count) : ForwardReadStream
    {
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            count(n);
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}

/// <summary>Compressed data expanded more than <see cref="CompressionGuard.MaxRatio"/> times.</summary>
internal sealed class GzipBombException(long decompressed, long compressed)
    : Exception($"the gzip data expands more than {CompressionGuard.MaxRatio} times ({ByteSizes.Format(decompressed)} from {ByteSizes.Format(compressed)}), " +
        "which no web archive does: it is a gzip bomb or a corrupt file; the rest of it is not read");

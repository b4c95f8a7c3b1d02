namespace Cronista.Ingest;

/// <summary>A read-only view of a stream that throws once more than a set number of bytes has been read through it.</summary>
/// <remarks>Bounds what a parser that pulls from a stream (XML, gzip) may consume, whatever the input claims.</remarks>
internal sealed class LimitedStream(Stream inner, long limit) : ForwardReadStream
{
    private long _read;

    /// <summary>More bytes than allowed were read.</summary>
    public sealed class LimitExceededException() : IOException("the input is larger than the limit");

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > limit)
            throw new LimitExceededException();
        return n;
    }
}

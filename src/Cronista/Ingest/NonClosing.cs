namespace Cronista.Ingest;

/// <summary>A stream wrapper whose disposal leaves the wrapped stream open, for readers that close what they are given.</summary>
internal sealed class NonClosing(Stream inner) : ForwardReadStream
{
    public override bool CanRead => inner.CanRead;

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => inner.Read(buffer);
}

namespace Cronista.Ingest;

/// <summary>A read-only stream that yields bytes already taken from another stream, then the rest of that stream.</summary>
/// <remarks>Lets a reader look at the start of standard input, which cannot seek, and still read it whole.</remarks>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest) : ForwardReadStream
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(count, prefixLength - _position);
            Array.Copy(prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        return rest.Read(buffer, offset, count);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            rest.Dispose();
        base.Dispose(disposing);
    }
}

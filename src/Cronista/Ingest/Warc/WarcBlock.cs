namespace Cronista.Ingest.Warc;

/// <summary>A WARC record's block: exactly Content-Length bytes of the stream, read once, so the next record is found
/// whatever the block holds.</summary>
internal sealed class WarcBlock(WarcInput input, long length, WarcHeader header)
{
    private byte[]? _pending;
    private int _pendingStart;
    private long _taken;

    /// <summary>Bytes of the block not yet read, given-back bytes included.</summary>
    public long Remaining => (_pending is null ? 0 : _pending.Length - _pendingStart) + length - _taken;

    /// <summary>The next bytes of the block, at most <paramref name="max"/>.</summary>
    public byte[] ReadUpTo(int max)
    {
        var buffer = new byte[(int)Math.Min(max, length - _taken)];
        Fill(buffer);
        return buffer;
    }

    /// <summary>Gives back the bytes of <paramref name="read"/> from <paramref name="from"/> on, to be read again.</summary>
    public void Unread(byte[] read, int from)
    {
        _pending = read;
        _pendingStart = from;
    }

    /// <summary>The rest of the block; the caller has checked it fits in memory.</summary>
    public byte[] ReadRest()
    {
        var pending = _pending is null ? 0 : _pending.Length - _pendingStart;
        var buffer = new byte[pending + (length - _taken)];
        if (pending > 0)
            _pending.AsSpan(_pendingStart).CopyTo(buffer);
        _pending = null;
        Fill(buffer.AsSpan(pending));
        return buffer;
    }

    /// <summary>Passes over what is left of the block.</summary>
    public void SkipRest()
    {
        _pending = null;
        var left = length - _taken;
        var skipped = input.Skip(left);
        _taken += skipped;
        if (skipped < left)
            throw Truncated();
    }

    private void Fill(Span<byte> buffer)
    {
        var n = input.Read(buffer);
        _taken += n;
        if (n < buffer.Length)
            throw Truncated();
    }

    private WarcFormatException Truncated() => new(
        $"the file is truncated: record {header.Id} should hold {length:N0} bytes but the file ends after {_taken:N0} of them; the records before it were read");
}

namespace Cronista.Ingest.Warc;

/// <summary>Reads a decompressed WARC stream as header lines and counted blocks, never holding more than one buffer.</summary>
internal sealed class WarcInput(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>How many decompressed bytes have been consumed: where the next record starts, for messages.</summary>
    public long Offset { get; private set; }

    /// <summary>The next line without its line ending; null at the end of the stream.</summary>
    /// <exception cref="WarcFormatException">The line is longer than <paramref name="maxBytes"/>.</exception>
    public byte[]? ReadLine(int maxBytes)
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end && !Fill())
                return line.Count == 0 ? null : Trimmed(line);
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline + 1;
            line.AddRange(span[..take]);
            _start += take;
            Offset += take;
            if (newline >= 0)
                return Trimmed(line);
            if (line.Count > maxBytes)
                throw new WarcFormatException($"a header line at byte {Offset:N0} is longer than {ByteSizes.Format(maxBytes)}: the file is corrupt or not a WARC file");
        }
    }

    /// <summary>Reads up to <paramref name="destination"/>'s length; fewer only at the end of the stream.</summary>
    public int Read(Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            if (_start == _end && !Fill())
                break;
            var n = Math.Min(destination.Length - total, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(destination[total..]);
            _start += n;
            total += n;
        }
        Offset += total;
        return total;
    }

    /// <summary>Passes over <paramref name="count"/> bytes; returns how many there were before the stream ended.</summary>
    public long Skip(long count)
    {
        var skipped = 0L;
        while (skipped < count)
        {
            if (_start == _end && !Fill())
                break;
            var n = (int)Math.Min(count - skipped, _end - _start);
            _start += n;
            skipped += n;
        }
        Offset += skipped;
        return skipped;
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private static byte[] Trimmed(List<byte> line)
    {
        var length = line.Count;
        while (length > 0 && line[length - 1] is (byte)'\n' or (byte)'\r')
            length--;
        return [.. line.Take(length)];
    }
}

namespace Cronista.Ingest;

/// <summary>Reads a stream line by line without ever holding more than one line, and not even that when it is over the limit.</summary>
internal sealed class BoundedLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private MemoryStream _line = new();
    private int _start;
    private int _end;
    private bool _endOfStream;

    /// <summary>One line: its bytes without the line break (null when it was over the limit), and the bytes it took in the stream.</summary>
    public readonly record struct Line(byte[]? Bytes, long StreamBytes);

    /// <summary>The next line, or null at the end of the stream.</summary>
    public Line? Next()
    {
        _line.SetLength(0);
        long length = 0;
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_endOfStream || !Fill())
                    break;
            }
            any = true;
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            var count = stop - _start;
            length += count;
            if (!tooLong && length > maxLineBytes)
            {
                tooLong = true;
                // Let go of what was gathered, so one huge line never sits in memory.
                _line = new MemoryStream();
            }
            if (!tooLong)
                _line.Write(_buffer, _start, count);
            if (newline >= 0)
            {
                _start = newline + 1;
                return Complete(tooLong, length + 1);
            }
            _start = _end;
        }
        return any ? Complete(tooLong, length) : null;
    }

    private Line Complete(bool tooLong, long streamBytes)
    {
        if (tooLong)
            return new Line(null, streamBytes);
        var bytes = _line.ToArray();
        var trimmed = bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
        return new Line(trimmed, streamBytes);
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        if (_end == 0)
            _endOfStream = true;
        return _end > 0;
    }
}

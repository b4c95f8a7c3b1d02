namespace Cronista.Web;

/// <summary>Reads a response body up to a limit, so that no server can make the fetcher hold more than that.</summary>
internal static class BoundedRead
{
    /// <summary>The first <paramref name="limit"/> bytes of the stream, and whether there was more.</summary>
    public static async Task<(byte[] Bytes, bool Overflow)> ReadAsync(Stream stream, long limit, CancellationToken cancel)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var room = limit - buffer.Length;
            var read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, room + 1)), cancel).ConfigureAwait(false);
            if (read == 0)
                return (buffer.ToArray(), false);
            if (read > room)
            {
                buffer.Write(chunk, 0, (int)room);
                return (buffer.ToArray(), true);
            }
            buffer.Write(chunk, 0, read);
        }
    }
}

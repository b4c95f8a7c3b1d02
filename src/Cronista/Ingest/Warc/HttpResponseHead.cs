using System.Globalization;
using System.Text;

namespace Cronista.Ingest.Warc;

/// <summary>The status line and headers of an archived HTTP response, as a WARC response record stores them.</summary>
internal sealed class HttpResponseHead
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    private HttpResponseHead(int status, int length)
    {
        Status = status;
        Length = length;
    }

    /// <summary>The status code (200, 301, 404 …).</summary>
    public int Status { get; }

    /// <summary>How many bytes the status line and headers take, up to and including the blank line.</summary>
    public int Length { get; }

    /// <summary>The header's value; repeated headers are joined with commas (RFC 9110 §5.3).</summary>
    public string? Header(string name) => _headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The head at the start of the bytes; null when they do not start with a complete HTTP response head.</summary>
    public static HttpResponseHead? Parse(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        var bare = bytes.IndexOf("\n\n"u8);
        if (end < 0 || bare >= 0 && bare < end)
        {
            end = bare;
            separator = 2;
        }
        if (end < 0)
            return null;
        var lines = Encoding.Latin1.GetString(bytes[..end]).ReplaceLineEndings("\n").Split('\n');
        var status = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            return null;
        var head = new HttpResponseHead(code, end + separator);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            head._headers[name] = head._headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }
        return head;
    }
}

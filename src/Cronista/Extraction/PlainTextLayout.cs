using System.Globalization;
using System.Text.RegularExpressions;

namespace Cronista.Extraction;

/// <summary>The parts of a plain-text article file: header lines (date with page chrome, url), an optional headline, the body.</summary>
/// <remarks>
/// The layout is that of saved web articles: a first line "date YYYY-MM-DD" followed by whatever page chrome
/// (a tagline) sat beside the date, an optional "url URL" line, then the text. A short first line without
/// sentence-final punctuation, followed by a blank line, is the headline.
/// </remarks>
internal static partial class PlainTextLayout
{
    // Longer than any headline; a first line this long is a lead paragraph.
    private const int MaxHeadlineLength = 200;

    public sealed record Parts(string Body, string? Title, DateOnly? Published, string? Chrome, string? Url);

    public static Parts Parse(string text)
    {
        var lines = NormalizeLineBreaks(text).Split('\n');
        var i = SkipBlank(lines, 0);
        DateOnly? published = null;
        string? chrome = null, url = null;
        // Header lines come first, each at most once, in either order.
        while (i < lines.Length)
        {
            if (published is null && DateLine().Match(lines[i]) is { Success: true } date
                && DateOnly.TryParseExact(date.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                published = day;
                chrome = date.Groups["chrome"].Value.Trim() is { Length: > 0 } c ? c : null;
            }
            else if (url is null && UrlLine().Match(lines[i]) is { Success: true } link)
            {
                url = link.Groups["url"].Value;
            }
            else
            {
                break;
            }
            i = SkipBlank(lines, i + 1);
        }

        string? title = null;
        if (i + 2 < lines.Length && IsHeadline(lines[i]) && string.IsNullOrWhiteSpace(lines[i + 1]))
        {
            var next = SkipBlank(lines, i + 1);
            if (next < lines.Length)
            {
                title = lines[i].Trim();
                i = next;
            }
        }
        var body = string.Join('\n', lines[i..]).TrimEnd();
        return new Parts(body, title, published, chrome, url);
    }

    private static bool IsHeadline(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length >= MaxHeadlineLength)
            return false;
        // Closing quotes and brackets may follow the final stop: «… ha detto.»
        var end = trimmed.TrimEnd('"', '\'', '\u201D', '\u2019', '\u00BB', ')', ']');
        return end.Length > 0 && !".!?…:;".Contains(end[^1]);
    }

    private static int SkipBlank(string[] lines, int i)
    {
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
            i++;
        return i;
    }

    private static string NormalizeLineBreaks(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return normalized.Length > 0 && normalized[0] == '\uFEFF' ? normalized[1..] : normalized;
    }

    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}-\d{2}-\d{2})(?:\s+(?<chrome>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\s*url\s+(?<url>\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();
}

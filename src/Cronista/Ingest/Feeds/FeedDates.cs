using System.Globalization;
using System.Text.RegularExpressions;

namespace Cronista.Ingest.Feeds;

/// <summary>Reads the dates feeds write: RFC 822 in RSS ("Tue, 03 Dec 2024 10:00:00 +0100", named zones too) and
/// RFC 3339 / W3C-DTF in Atom, Dublin Core and JSON Feed, keeping the offset they were written in.</summary>
/// <remarks>The offset matters: the article's date is the calendar day where it was published, not in UTC.</remarks>
internal static partial class FeedDates
{
    // RFC 822 §5.1 zone names, and the US ones it lists.
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy H:mm:ss zzz", "d MMM yyyy H:mm zzz", "d MMM yy H:mm:ss zzz", "d MMM yy H:mm zzz",
        "d MMMM yyyy H:mm:ss zzz", "d MMM yyyy", "d MMMM yyyy",
    ];

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<rest>.*?)\s*(?<zone>[+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();

    /// <summary>The moment the text names, or null when it is empty or not a date.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        // ISO forms first: "2024-12-03", "2024-12-03T10:00:00+01:00", "2024-12-03T09:00:00Z"; no offset means UTC.
        if (char.IsAsciiDigit(value[0]) && value.Length >= 10 && value[4] == '-'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
            return iso;
        var match = Rfc822().Match(value);
        if (match.Success)
        {
            var zone = match.Groups["zone"].Value;
            var offset = zone.Length == 0 ? "+00:00"
                : Zones.TryGetValue(zone, out var named) ? named
                : zone[0] is '+' or '-' ? (zone.Contains(':') ? zone : zone[..3] + ":" + zone[3..])
                : null;
            if (offset is not null)
            {
                var rest = match.Groups["rest"].Value;
                foreach (var format in Rfc822Formats)
                {
                    var withZone = format.EndsWith("zzz", StringComparison.Ordinal);
                    var candidate = withZone ? rest + " " + offset : rest;
                    if (DateTimeOffset.TryParseExact(candidate, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
                        return parsed;
                }
            }
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose : null;
    }
}

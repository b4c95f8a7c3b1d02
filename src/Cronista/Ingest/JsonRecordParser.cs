using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cronista.Ingest;

/// <summary>Reads one JSONL line: an object with "text" and optional url, published, title, language, publisher, agency.</summary>
internal static partial class JsonRecordParser
{
    private static readonly string[] OptionalFields = ["url", "published", "title", "language", "publisher", "agency"];

    /// <summary>The article the line holds, or an <see cref="IngestFailure"/> saying what is wrong with it.</summary>
    public static IngestItem Parse(string line, string source, string encoding, long inputBytes)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new IngestFailure(source, $"invalid JSON: {Describe(e)}", inputBytes);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new IngestFailure(source, $"expected a JSON object with a \"text\" field, found {Kind(root.ValueKind)}", inputBytes);
            if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind == JsonValueKind.Null)
                return new IngestFailure(source, "no \"text\" field: every line needs the article body in \"text\"", inputBytes);
            if (textValue.ValueKind != JsonValueKind.String)
                return new IngestFailure(source, $"\"text\" must be a string, found {Kind(textValue.ValueKind)}", inputBytes);
            var text = textValue.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
                return new IngestFailure(source, "\"text\" is empty", inputBytes);

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in OptionalFields)
            {
                if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                    continue;
                if (value.ValueKind != JsonValueKind.String)
                    return new IngestFailure(source, $"\"{name}\" must be a string, found {Kind(value.ValueKind)}", inputBytes);
                var s = value.GetString()!.Trim();
                fields[name] = s.Length == 0 ? null : s;
            }

            DateOnly? published = null;
            if (fields.GetValueOrDefault("published") is { } date)
            {
                if (!TryParseDate(date, out var parsed))
                    return new IngestFailure(source, $"\"published\" must be an ISO date (2025-08-13) or date-time (2025-08-13T09:30:00+02:00), not \"{date}\"", inputBytes);
                published = parsed;
            }
            var language = fields.GetValueOrDefault("language");
            if (language is not null && !LanguageTag().IsMatch(language))
                return new IngestFailure(source, $"\"language\" must be an ISO 639-1 code such as \"it\" or \"en\", not \"{language}\"", inputBytes);

            var hints = new SourceHints(
                Url: fields.GetValueOrDefault("url"),
                Published: published,
                Title: fields.GetValueOrDefault("title"),
                Language: language is null ? null : PrimaryLanguage(language),
                Publisher: fields.GetValueOrDefault("publisher"),
                Agency: fields.GetValueOrDefault("agency"))
            {
                PublishedTime = fields.GetValueOrDefault("published") is { } stamp ? TimeOfDay(stamp) : null,
            };
            return new RawItem(source, text, RawFormat.Record, hints, encoding, inputBytes);
        }
    }

    /// <summary>Reads "2025-08-13" or an ISO date-time; the date is the one written, in the publisher's own time zone.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        var value = text.Trim();
        if (value.Length < 10 || !DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return false;
        return value.Length == 10 || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
    }

    /// <summary>The time of day written in an ISO date-time ("2025-08-13T09:30:00+02:00" is 09:30), or null for a bare date.</summary>
    public static TimeOnly? TimeOfDay(string text) =>
        text.Trim() is { Length: > 10 } value && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? TimeOnly.FromTimeSpan(moment.TimeOfDay)
            : null;

    private static string PrimaryLanguage(string tag) => tag.Split('-', '_')[0].ToLowerInvariant();

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Describe(JsonException e)
    {
        // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 12."; the column is what helps on one line.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
            message = message[..cut].TrimEnd('.', ' ');
        return e.BytePositionInLine is { } column ? $"{message} (at byte {column + 1})" : message;
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}

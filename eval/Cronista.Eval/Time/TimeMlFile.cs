using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cronista.Eval.Time;

/// <summary>One TIMEX3 annotation: its characters in the plain text, type and value.</summary>
/// <param name="Start">First character in the plain (unescaped, untagged) text.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The TIMEX3 value as written ("" when the tag has none).</param>
/// <param name="Tid">The tag's id in its file ("t12"); empty for predictions before they are written.</param>
internal sealed record Timex(int Start, int End, string Type, string Value, string Tid = "");

/// <summary>A TempEval-3 TimeML file: the raw markup, the document creation time, and the TEXT as plain text with a map back to the raw characters.</summary>
/// <remarks>
/// The TEXT is kept exactly as written (entities such as &amp;amp; included): tags are taken out, the rest is the raw
/// text, and the plain text the analyzer reads is its unescaped form. <see cref="RawOffset"/> maps every plain offset
/// to the raw one, so tags written back land on the same characters and the scorer finds the text unchanged.
/// </remarks>
internal sealed partial class TimeMlFile
{
    private readonly int[] _rawOffsets;

    private TimeMlFile(string name, string markup, int textStart, int textEnd, string rawText, string plainText, int[] rawOffsets,
        DateOnly? creationDate, string dctValue, string dctContent, ImmutableArray<Timex> gold)
    {
        Name = name;
        Markup = markup;
        TextStart = textStart;
        TextEnd = textEnd;
        RawText = rawText;
        PlainText = plainText;
        _rawOffsets = rawOffsets;
        CreationDate = creationDate;
        DctValue = dctValue;
        DctContent = dctContent;
        Gold = gold;
    }

    /// <summary>The file name ("ABC19980108.1830.0711.tml").</summary>
    public string Name { get; }

    /// <summary>The whole file as read.</summary>
    public string Markup { get; }

    /// <summary>Where the TEXT element's content starts in <see cref="Markup"/>.</summary>
    public int TextStart { get; }

    /// <summary>Where the TEXT element's content ends (the start of "&lt;/TEXT&gt;").</summary>
    public int TextEnd { get; }

    /// <summary>The TEXT content with every tag taken out and entities left escaped: what the output's TEXT holds between tags.</summary>
    public string RawText { get; }

    /// <summary>The TEXT as a reader sees it: no tags, entities unescaped.</summary>
    public string PlainText { get; }

    /// <summary>The day of the document creation time, when its value starts with one.</summary>
    public DateOnly? CreationDate { get; }

    /// <summary>The DCT's TIMEX3 value as written ("1998-01-08", "1998-02-27T14:57:00").</summary>
    public string DctValue { get; }

    /// <summary>The DCT's text content ("19980108").</summary>
    public string DctContent { get; }

    /// <summary>The TIMEX3 tags inside TEXT, in text order (none in an input file).</summary>
    public ImmutableArray<Timex> Gold { get; }

    /// <summary>The offset in <see cref="RawText"/> of a plain-text offset (0 ≤ offset ≤ PlainText.Length).</summary>
    public int RawOffset(int plainOffset) => _rawOffsets[plainOffset];

    /// <summary>Reads a file; <see cref="InvalidDataException"/> says what is missing.</summary>
    public static TimeMlFile Read(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Reads TimeML markup.</summary>
    public static TimeMlFile Parse(string name, string markup)
    {
        var open = TextOpen().Match(markup);
        var close = markup.LastIndexOf("</TEXT>", StringComparison.Ordinal);
        if (!open.Success || close < open.Index + open.Length)
            throw new InvalidDataException($"'{name}' has no <TEXT>…</TEXT> element; a TempEval-3 file holds its text there.");
        var textStart = open.Index + open.Length;
        var (dctValue, dctContent) = ReadDct(name, markup);
        var raw = new StringBuilder();
        var plain = new StringBuilder();
        var offsets = new List<int>();
        var gold = ImmutableArray.CreateBuilder<Timex>();
        (int Start, string Tag)? openTimex = null;
        var i = textStart;
        while (i < close)
        {
            var c = markup[i];
            if (c == '<')
            {
                var end = markup.IndexOf('>', i);
                if (end < 0 || end >= close)
                    throw new InvalidDataException($"'{name}': a tag inside TEXT is not closed.");
                var tag = markup.Substring(i, end + 1 - i);
                if (tag.StartsWith("<TIMEX3", StringComparison.Ordinal))
                    openTimex = (plain.Length, tag);
                else if (tag == "</TIMEX3>" && openTimex is { } started)
                {
                    gold.Add(new Timex(started.Start, plain.Length, Attribute(started.Tag, "type") ?? "", Attribute(started.Tag, "value") ?? "",
                        Attribute(started.Tag, "tid") ?? ""));
                    openTimex = null;
                }
                i = end + 1;
                continue;
            }
            if (c == '&' && Entity(markup, i, close, out var unescaped, out var length))
            {
                offsets.Add(raw.Length);
                plain.Append(unescaped);
                raw.Append(markup, i, length);
                i += length;
                continue;
            }
            offsets.Add(raw.Length);
            plain.Append(c);
            raw.Append(c);
            i++;
        }
        offsets.Add(raw.Length);
        return new TimeMlFile(name, markup, textStart, close, raw.ToString(), plain.ToString(), [.. offsets],
            DayOf(dctValue), dctValue, dctContent, gold.ToImmutable());
    }

    private static (string Value, string Content) ReadDct(string name, string markup)
    {
        var dct = Dct().Match(markup);
        if (!dct.Success)
            throw new InvalidDataException($"'{name}' has no <DCT><TIMEX3 …>…</TIMEX3></DCT>; TempEval-3 files state their creation time there.");
        return (Attribute(dct.Groups["tag"].Value, "value") ?? "", dct.Groups["content"].Value);
    }

    private static DateOnly? DayOf(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : null;

    /// <summary>An attribute's value in a start tag, unescaped.</summary>
    public static string? Attribute(string tag, string attribute)
    {
        var match = Regex.Match(tag, $"\\s{Regex.Escape(attribute)}\\s*=\\s*\"([^\"]*)\"");
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>An XML entity or character reference at i: the character it stands for and how long it is.</summary>
    private static bool Entity(string markup, int i, int limit, out string text, out int length)
    {
        text = "";
        length = 0;
        var semicolon = markup.IndexOf(';', i);
        if (semicolon < 0 || semicolon >= limit || semicolon - i > 10)
            return false;
        var name = markup.Substring(i + 1, semicolon - i - 1);
        string? value = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ when name.StartsWith("#x", StringComparison.Ordinal) && int.TryParse(name[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) => char.ConvertFromUtf32(hex),
            _ when name.StartsWith('#') && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var code) => char.ConvertFromUtf32(code),
            _ => null,
        };
        // One plain character per entity keeps the offset map simple; astral characters never occur in TimeBank.
        if (value is null || value.Length != 1)
            return false;
        text = value;
        length = semicolon + 1 - i;
        return true;
    }

    [GeneratedRegex(@"<TEXT\b[^>]*>")]
    private static partial Regex TextOpen();

    [GeneratedRegex(@"<DCT>\s*(?<tag><TIMEX3\b[^>]*>)(?<content>[^<]*)</TIMEX3>\s*</DCT>")]
    private static partial Regex Dct();
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cronista.Core;

namespace Cronista.Eval.Attributions;

/// <summary>One attribution in PolNeAR's brat standoff: source, cue and content, each a list of character segments
/// (empty when absent); offsets count UTF-16 characters, as PolNeAR's count code points in texts without astral characters.</summary>
internal sealed record BratAttribution(ImmutableArray<TextSpan> Source, ImmutableArray<TextSpan> Cue, ImmutableArray<TextSpan> Content);

/// <summary>Reads and writes brat .ann files with PolNeAR's attribution scheme.</summary>
internal static partial class BratFile
{
    [GeneratedRegex(@"^(T\d+)\t(\S+) ([\d ;]+)\t")]
    private static partial Regex TextBound();

    [GeneratedRegex(@"^(E\d+)\t(.*)$")]
    private static partial Regex Event();

    /// <summary>The attributions of one .ann file; lines that continue a span's text over a line break are skipped.</summary>
    public static List<BratAttribution> Read(string annotation)
    {
        var spans = new Dictionary<string, ImmutableArray<TextSpan>>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        foreach (var line in annotation.Split('\n'))
        {
            if (TextBound().Match(line) is { Success: true } t)
            {
                spans[t.Groups[1].Value] = [.. t.Groups[3].Value.Split(';').Select(Segment)];
                continue;
            }
            if (Event().Match(line) is { Success: true } e)
            {
                events.Add(e.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(a => a.Split(':'))
                    .Where(a => a.Length == 2)
                    .GroupBy(a => a[0]).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal));
            }
        }
        ImmutableArray<TextSpan> Role(Dictionary<string, string> args, params string[] roles) =>
            [.. roles.Where(args.ContainsKey).SelectMany(r => spans.GetValueOrDefault(args[r], []))];
        return [.. events.Select(args => new BratAttribution(Role(args, "Source"), Role(args, "Cue"), Role(args, "Content", "Content2")))];
    }

    /// <summary>The .ann text for attributions over a text: T lines for every span, an E line joining each triple.</summary>
    public static string Write(IEnumerable<BratAttribution> attributions, string text)
    {
        var output = new StringBuilder();
        var t = 0;
        var e = 0;
        string Bound(string role, ImmutableArray<TextSpan> segments)
        {
            var id = $"T{++t}";
            var offsets = string.Join(';', segments.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start} {s.End}")));
            var words = string.Join(' ', segments.Select(s => text[s.Start..s.End])).Replace('\n', ' ').Replace('\r', ' ');
            output.Append(CultureInfo.InvariantCulture, $"{id}\t{role} {offsets}\t{words}\n");
            return id;
        }
        foreach (var attribution in attributions)
        {
            var hasSource = !attribution.Source.IsEmpty;
            var source = hasSource ? Bound("Source", attribution.Source) : null;
            var cue = Bound("Cue", attribution.Cue);
            var content = Bound("Content", attribution.Content);
            var trigger = Bound(hasSource ? "Attribution" : "Attribution-no-source", attribution.Cue);
            output.Append(CultureInfo.InvariantCulture, $"E{++e}\t{(hasSource ? "Attribution" : "Attribution-no-source")}:{trigger}");
            if (source is not null)
                output.Append(CultureInfo.InvariantCulture, $" Source:{source}");
            output.Append(CultureInfo.InvariantCulture, $" Cue:{cue} Content:{content}\n");
        }
        return output.ToString();
    }

    private static TextSpan Segment(string offsets)
    {
        var parts = offsets.Trim().Split(' ');
        return new TextSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}

using System.Globalization;
using System.Net;
using System.Text;

namespace Cronista.Eval.Time;

/// <summary>Writes a TempEval-3 system file: the input's header, the DCT as t0, and the TEXT with TIMEX3 tags inserted.</summary>
/// <remarks>The TEXT between tags is the input's raw text, byte for byte, because the official scorer refuses a file whose
/// text differs from the gold's. Links and instances after TEXT are left out: the system file states only what was found.</remarks>
internal static class TimeMlWriter
{
    /// <summary>The system file for <paramref name="file"/> with <paramref name="timexes"/> (in text order, not overlapping) tagged t1, t2, ….</summary>
    public static string Write(TimeMlFile file, IReadOnlyList<Timex> timexes)
    {
        var output = new StringBuilder(file.Markup.Length + timexes.Count * 120);
        output.Append(WithCanonicalDct(file, file.Markup[..file.TextStart]));
        var raw = file.RawText;
        var at = 0;
        var id = 1;
        foreach (var timex in timexes)
        {
            var start = file.RawOffset(timex.Start);
            var end = file.RawOffset(timex.End);
            if (start < at || end <= start)
                throw new ArgumentException($"'{file.Name}': time expressions must be in text order and not overlap.", nameof(timexes));
            output.Append(raw, at, start - at);
            output.Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"t{id++}\" type=\"{Escape(timex.Type)}\" value=\"{Escape(timex.Value)}\">");
            output.Append(raw, start, end - start);
            output.Append("</TIMEX3>");
            at = end;
        }
        output.Append(raw, at, raw.Length - at);
        output.Append("</TEXT>\n\n</TimeML>\n");
        return output.ToString();
    }

    /// <summary>The header with its DCT written as the scorer expects it: tid t0, functionInDocument CREATION_TIME.</summary>
    private static string WithCanonicalDct(TimeMlFile file, string header)
    {
        var start = header.IndexOf("<DCT>", StringComparison.Ordinal);
        var end = header.IndexOf("</DCT>", StringComparison.Ordinal);
        var dct = $"<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{Escape(file.DctValue)}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{file.DctContent}</TIMEX3></DCT>";
        return start < 0 || end < start ? header : header[..start] + dct + header[(end + "</DCT>".Length)..];
    }

    private static string Escape(string value) => WebUtility.HtmlEncode(value);
}

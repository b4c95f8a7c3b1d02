namespace Cronista.Export;

/// <summary>Writes events as CSV (RFC 4180): a header row of <see cref="EventColumns"/>, then one row per event.</summary>
internal static class CsvExport
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static void Write(IEnumerable<ExportedEvent> events, TextWriter output)
    {
        var columns = EventColumns.All;
        WriteRow(output, columns.Select(c => c.Name));
        foreach (var exported in events)
        {
            var row = EventObjects.For(exported);
            WriteRow(output, columns.Select(c => EventColumns.Format(EventColumns.ValueOf(row, c))));
        }
    }

    private static void WriteRow(TextWriter output, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
                output.Write(',');
            first = false;
            output.Write(Quote(field));
        }
        // RFC 4180 ends every record, the last included, with CRLF.
        output.Write("\r\n");
    }

    private static string Quote(string field) =>
        field.IndexOfAny(NeedsQuotes) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using System.Text;

namespace Cronista.Learning.Clusters;

/// <summary>Splits comma-separated text into rows of fields (RFC 4180: fields may be quoted, quotes doubled inside,
/// and a quoted field may hold commas and line breaks).</summary>
internal static class CsvRows
{
    public static IEnumerable<List<string>> Read(TextReader reader)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                    field.Append(ch);
                else if (reader.Peek() == '"')
                    field.Append((char)reader.Read());
                else
                    quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    yield return row;
                    row = [];
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (any)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}

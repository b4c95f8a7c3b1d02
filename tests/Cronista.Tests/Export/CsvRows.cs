using System.Text;

namespace Cronista.Tests.Export;

/// <summary>Reads CSV as RFC 4180 defines it (quoted fields, doubled quotes, line breaks inside quotes), to check what the export writes.</summary>
public static class CsvRows
{
    public static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case '"':
                    throw new FormatException($"A quote inside an unquoted field at {i}.");
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                    i++;
                    break;
                case '\r' or '\n':
                    throw new FormatException($"A line break that is not CRLF at {i}.");
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
            throw new FormatException("The last quoted field is not closed.");
        if (field.Length > 0 || row.Count > 0)
            throw new FormatException("The last record does not end with CRLF.");
        return rows;
    }
}

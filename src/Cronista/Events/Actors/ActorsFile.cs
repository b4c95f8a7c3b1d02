using System.Globalization;

namespace Cronista.Events.Actors;

/// <summary>One row of the actor names file: a phrase and one of its codes.</summary>
/// <param name="Phrase">Folded words separated by one space ("united nations").</param>
/// <param name="Code">The code in Cronista's form ("USA GOV", "IGO") and the days it applies to.</param>
internal sealed record ActorRow(string Phrase, ActorCodeRange Code);

/// <summary>Reads and writes the actor names file (Events/Data/actors.tsv or actors.tsv.gz): phrase, code, start, end.</summary>
/// <remarks>Dates are ISO (yyyy-mm-dd), both ends included, empty when open; '#' starts a comment line. A phrase may have
/// several rows: dated codes and at most one default.</remarks>
internal static class ActorsFile
{
    /// <summary>The file's path under src/Cronista, plain.</summary>
    public const string PlainPath = "Events/Data/actors.tsv";

    /// <summary>The file's path under src/Cronista, gzipped.</summary>
    public const string GzipPath = PlainPath + ".gz";

    public static void Write(TextWriter writer, IEnumerable<ActorRow> rows, IEnumerable<string> headerComments)
    {
        foreach (var comment in headerComments)
            writer.Write("# " + comment + "\n");
        writer.Write("#phrase\tcode\tstart\tend\n");
        foreach (var row in rows)
            writer.Write($"{row.Phrase}\t{row.Code.Code}\t{Format(row.Code.Start)}\t{Format(row.Code.End)}\n");
    }

    /// <summary>The rows of the file; codes repeat thousands of times, so each is one string.</summary>
    public static IEnumerable<ActorRow> Read(TextReader reader)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 4)
                throw new InvalidDataException($"{PlainPath} line {lineNumber} has {fields.Length} columns instead of 4; rebuild it with 'cronista build-actors'.");
            if (!codes.TryGetValue(fields[1], out var code))
                codes[fields[1]] = code = fields[1];
            yield return new ActorRow(fields[0], new ActorCodeRange(code, ParseDate(fields[2], lineNumber), ParseDate(fields[3], lineNumber)));
        }
    }

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static DateOnly? ParseDate(string text, int lineNumber)
    {
        if (text.Length == 0)
            return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"{PlainPath} line {lineNumber}: '{text}' is not a yyyy-mm-dd date.");
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Cronista.Language;

/// <summary>Reads and writes language model files: tab-separated text, gzipped, described in models/MODELS.md.</summary>
/// <remarks>
/// Lines are '#' comments, '@name' settings followed by their values, or one n-gram followed by its count in each
/// language. In n-grams the word boundary (a space) is written '_', which is never a letter.
/// </remarks>
internal static class LanguageModelFile
{
    private const string FormatName = "cronista-langid";
    private const int FormatVersion = 1;
    private const char Boundary = '_';

    /// <summary>Writes the model, gzipped when the path ends in ".gz"; the same data always gives the same bytes.</summary>
    public static void Write(LanguageModelData data, string path)
    {
        using var file = File.Create(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.SmallestSize) : (Stream)file;
        Write(data, stream);
    }

    /// <summary>Writes the model as text to a stream.</summary>
    public static void Write(LanguageModelData data, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var c = data.Calibration;
        writer.WriteLine("# Cronista language identification: character n-gram counts for multinomial naive Bayes (models/MODELS.md).");
        writer.WriteLine("# '@name values' are settings; other lines are an n-gram ('_' = word boundary) and its count per language.");
        writer.WriteLine($"@format\t{FormatName}\t{FormatVersion}");
        writer.WriteLine("@languages\t" + string.Join('\t', data.Languages));
        writer.WriteLine("@max-order\t" + data.MaxOrder.ToString(CultureInfo.InvariantCulture));
        writer.WriteLine("@smoothing\t" + Number(data.Smoothing));
        for (var order = 1; order <= data.MaxOrder; order++)
        {
            writer.WriteLine($"@total\t{order}\t" + string.Join('\t', data.Totals[order - 1].Select(t => t.ToString(CultureInfo.InvariantCulture))));
            writer.WriteLine($"@vocabulary\t{order}\t" + data.Vocabulary[order - 1].ToString(CultureInfo.InvariantCulture));
        }
        writer.WriteLine("@min-letters\t" + c.MinLetters.ToString(CultureInfo.InvariantCulture));
        writer.WriteLine("@temperature\t" + Number(c.Temperature));
        writer.WriteLine("@mean-logprob\t" + string.Join('\t', c.MeanLogProb.Select(Number)));
        writer.WriteLine("@std-logprob\t" + string.Join('\t', c.StdLogProb.Select(Number)));
        writer.WriteLine("@und-margin\t" + Number(c.Margin));
        writer.WriteLine("@und-noise\t" + Number(c.Noise));
        foreach (var (key, counts) in data.Counts.OrderBy(pair => pair.Key))
        {
            writer.Write(CharNgrams.Unpack(key).Replace(' ', Boundary));
            foreach (var count in counts)
            {
                writer.Write('\t');
                writer.Write(count.ToString(CultureInfo.InvariantCulture));
            }
            writer.WriteLine();
        }
    }

    /// <summary>Reads a model from a file, gzipped when its name ends in ".gz".</summary>
    public static LanguageModelData Read(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        return Read(stream, path);
    }

    /// <summary>Reads a model from a stream of text; <paramref name="name"/> appears in error messages.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model in this format.</exception>
    public static LanguageModelData Read(Stream stream, string name)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var settings = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var counts = new Dictionary<ulong, int[]>();
        var lineNumber = 0;
        int languageCount = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (line[0] == '@')
            {
                if (!settings.TryGetValue(fields[0], out var values))
                    settings[fields[0]] = values = [];
                values.Add(fields[1..]);
                if (fields[0] == "@languages")
                    languageCount = fields.Length - 1;
                continue;
            }
            if (languageCount == 0 || fields.Length != languageCount + 1 || fields[0].Length is 0 or > CharNgrams.MaxSupportedOrder)
                throw Bad(name, lineNumber, $"expected an n-gram of 1 to {CharNgrams.MaxSupportedOrder} characters and {languageCount} counts, after the @languages line");
            var row = new int[languageCount];
            for (var l = 0; l < languageCount; l++)
            {
                if (!int.TryParse(fields[l + 1], NumberStyles.None, CultureInfo.InvariantCulture, out row[l]))
                    throw Bad(name, lineNumber, $"'{fields[l + 1]}' is not a count");
            }
            if (!counts.TryAdd(CharNgrams.Pack(fields[0].Replace(Boundary, ' ')), row))
                throw Bad(name, lineNumber, $"n-gram '{fields[0]}' appears twice");
        }
        string[] One(string key) =>
            settings.TryGetValue(key, out var values) && values.Count == 1 ? values[0] : throw Bad(name, lineNumber, $"the setting {key} must appear once");
        var format = One("@format");
        if (format.Length != 2 || format[0] != FormatName || format[1] != FormatVersion.ToString(CultureInfo.InvariantCulture))
            throw Bad(name, lineNumber, $"the format is '{string.Join(' ', format)}', this version of Cronista reads '{FormatName} {FormatVersion}'");
        var languages = One("@languages");
        var maxOrder = Integer(One("@max-order")[0]);
        var totals = new long[maxOrder][];
        var vocabulary = new long[maxOrder];
        foreach (var total in settings.GetValueOrDefault("@total") ?? [])
            totals[Integer(total[0]) - 1] = [.. total[1..].Select(Long)];
        foreach (var size in settings.GetValueOrDefault("@vocabulary") ?? [])
            vocabulary[Integer(size[0]) - 1] = Long(size[1]);
        if (totals.Any(t => t is null || t.Length != languages.Length))
            throw Bad(name, lineNumber, $"every order from 1 to {maxOrder} needs an @total line with {languages.Length} counts");
        var calibration = new LanguageCalibration(
            Integer(One("@min-letters")[0]),
            Double(One("@temperature")[0]),
            [.. One("@mean-logprob").Select(Double)],
            [.. One("@std-logprob").Select(Double)],
            Double(One("@und-margin")[0]),
            Double(One("@und-noise")[0]));
        return new LanguageModelData(languages, maxOrder, Double(One("@smoothing")[0]), totals, vocabulary, counts, calibration);

        int Integer(string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw Bad(name, lineNumber, $"'{value}' is not an integer");
        long Long(string value) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw Bad(name, lineNumber, $"'{value}' is not an integer");
        double Double(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : throw Bad(name, lineNumber, $"'{value}' is not a number");
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static InvalidDataException Bad(string name, int line, string problem) =>
        new($"Language model '{name}' is not valid at line {line}: {problem}. Rebuild it with 'cronista train langid'.");
}

using System.Globalization;

namespace Cronista.Eval.Ner;

/// <summary>Tells a gold file's format from its first lines.</summary>
internal static class NerFormatDetector
{
    private const int LinesToLook = 50;

    /// <summary>The format of a file.</summary>
    /// <exception cref="GoldFormatException">The first lines fit no known format.</exception>
    public static NerFormat Detect(string path)
    {
        using var reader = new StreamReader(path);
        var lines = new List<string>();
        while (lines.Count < LinesToLook && reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
                lines.Add(line);
        }
        return Detect(lines, path);
    }

    /// <summary>The format that the non-blank first lines of a file show.</summary>
    public static NerFormat Detect(IReadOnlyList<string> lines, string source)
    {
        foreach (var line in lines)
        {
            if (line.StartsWith("#\t", StringComparison.Ordinal))
                return NerFormat.GermEval;
            var fields = line.Split('\t');
            var indexed = int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            switch (fields.Length)
            {
                case 4 when indexed:
                    return NerFormat.GermEval;
                case 3 when indexed:
                    return NerFormat.Conll;
                case 2:
                    return NerFormat.Kind;
                case 1 when line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2:
                    return NerFormat.Conll;
            }
        }
        throw new GoldFormatException(source, 1,
            $"cannot tell the format from the first lines; pass --format ({string.Join("|", NerFormats.Names)})");
    }
}

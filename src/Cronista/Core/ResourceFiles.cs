using System.IO.Compression;
using System.Reflection;

namespace Cronista.Core;

/// <summary>Reads the data files compiled into the assembly, named by their path under src/Cronista.</summary>
/// <remarks>Data files are tab-separated or one item per line; '#' starts a comment line.</remarks>
public static class ResourceFiles
{
    private static readonly Assembly Assembly = typeof(ResourceFiles).Assembly;

    /// <summary>True when the assembly carries a file at this path ("Time/Languages/it/months.tsv").</summary>
    public static bool Exists(string path) => Assembly.GetManifestResourceInfo(path) is not null;

    /// <summary>Opens a data file for reading, transparently decompressing ".gz" files.</summary>
    /// <exception cref="FileNotFoundException">The file is not compiled into the assembly.</exception>
    public static Stream Open(string path)
    {
        var stream = Assembly.GetManifestResourceStream(path)
            ?? throw new FileNotFoundException($"Data file '{path}' is not compiled into Cronista; check its path under src/Cronista.", path);
        return path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>The meaningful lines of a data file: trimmed, without blank lines and '#' comments.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(Open(path));
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            yield return trimmed;
        }
    }

    /// <summary>The rows of a tab-separated data file, each split into its fields.</summary>
    public static IEnumerable<string[]> ReadRows(string path)
    {
        foreach (var line in ReadLines(path))
            yield return line.Split('\t', StringSplitOptions.TrimEntries);
    }

    /// <summary>The lines of a per-language file, or nothing when the language has no such file.</summary>
    public static IEnumerable<string> ReadLanguageLines(string folder, string language, string file)
    {
        var path = $"{folder}/Languages/{language}/{file}";
        return Exists(path) ? ReadLines(path) : [];
    }

    /// <summary>The rows of a per-language file, or nothing when the language has no such file.</summary>
    public static IEnumerable<string[]> ReadLanguageRows(string folder, string language, string file)
    {
        var path = $"{folder}/Languages/{language}/{file}";
        return Exists(path) ? ReadRows(path) : [];
    }
}

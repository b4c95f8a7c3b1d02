namespace Cronista.Eval.Time;

/// <summary>The TimeML files of a folder (searched recursively, as TE3-evaluation.py does) or a single file.</summary>
internal static class TimeMlCorpus
{
    /// <summary>Every .tml file under <paramref name="root"/> as (group, full path), in path order.</summary>
    /// <remarks>The group names the folder holding the file from the root's own name down, so reports say "TimeBank" whether
    /// TBAQ-cleaned or TBAQ-cleaned/TimeBank was read.</remarks>
    /// <exception cref="InvalidDataException">The path does not exist or holds no .tml file.</exception>
    public static IReadOnlyList<(string Group, string Path)> Files(string root)
    {
        if (File.Exists(root))
            return [(NameOf(Path.GetDirectoryName(Path.GetFullPath(root))!), root)];
        if (!Directory.Exists(root))
            throw new InvalidDataException($"'{root}' is neither a TimeML file nor a folder of them.");
        var files = Directory.EnumerateFiles(root, "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (GroupOf(root, path), path))
            .ToList();
        if (files.Count == 0)
            throw new InvalidDataException($"'{root}' holds no .tml file.");
        return files;
    }

    private static string GroupOf(string root, string path)
    {
        var below = Path.GetRelativePath(root, Path.GetDirectoryName(path)!);
        return below == "." ? NameOf(root) : Path.Combine(NameOf(root), below);
    }

    private static string NameOf(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
}

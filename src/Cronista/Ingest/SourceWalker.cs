namespace Cronista.Ingest;

/// <summary>Expands the paths a person gives into input files: folders recursively, hidden and non-article files skipped.</summary>
internal static class SourceWalker
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInputPath = "-";

    // Markdown is left out of folder walks: a folder's README or ATTRIBUTION file documents the articles, it is not one.
    private static readonly string[] PlainTextExtensions = [".txt", ".text"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".html.gz", ".htm.gz"];
    private static readonly string[] WarcExtensions = [".warc", ".warc.gz"];
    private static readonly string[] FeedExtensions = [".rss", ".atom"];

    // Names that many other files share (configuration, data): in a folder they count only when their content is a
    // feed or a sitemap; named explicitly they are always read as one.
    private static readonly string[] SniffedExtensions = [".xml", ".xml.gz", ".json"];

    // Enough of a file to see its root element past an XML prolog.
    private const int SniffBytes = 4096;

    /// <summary>The file name endings a folder walk picks up, for messages.</summary>
    public static string ArticleExtensions => string.Join(", ",
        PlainTextExtensions.Concat(JsonLinesExtensions).Concat(HtmlExtensions).Concat(WarcExtensions).Concat(FeedExtensions).Concat(SniffedExtensions));

    /// <summary>Whether a file's name marks it as a web page, gzipped or not.</summary>
    public static bool IsHtml(string path) => EndsWithAny(path, HtmlExtensions);

    /// <summary>Whether a file's name marks it as a web archive, gzipped or not.</summary>
    public static bool IsWarc(string path) => EndsWithAny(path, WarcExtensions);

    /// <summary>Whether a file's name marks it as a possible feed or sitemap, to be told apart by its content.</summary>
    public static bool IsFeedOrSitemap(string path) => EndsWithAny(path, FeedExtensions) || EndsWithAny(path, SniffedExtensions);

    private static bool EndsWithAny(string path, string[] endings) => endings.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<SourceEntry> Expand(string path)
    {
        if (path == StandardInputPath)
            return [new SourceEntry("stdin", null, SourceKind.StandardInput)];
        if (BrokenLinkTarget(path) is { } target)
            return [Unreadable(path, $"broken link: it points to {target}, which does not exist")];
        if (File.Exists(path))
            return [FileEntry(path, path)];
        if (Directory.Exists(path))
            return Walk(path);
        return [Unreadable(path, Describe(path))];
    }

    /// <summary>Whether a file's name marks it as JSONL; any other explicitly named file is read as plain text.</summary>
    public static bool IsJsonLines(string path) =>
        JsonLinesExtensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsArticleFile(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        return PlainTextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || IsJsonLines(path) || IsHtml(path)
            || IsWarc(path) || EndsWithAny(path, FeedExtensions) || EndsWithAny(path, SniffedExtensions) && HoldsFeedOrSitemap(path);
    }

    /// <summary>Whether the start of the file (decompressed when gzipped) is a feed's or a sitemap's.</summary>
    private static bool HoldsFeedOrSitemap(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress)
                : (Stream)file;
            var head = new byte[SniffBytes];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return ContentSniffer.Sniff(null, head.AsSpan(0, length)) is ContentKind.Feed or ContentKind.Sitemap;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Unreadable here, it is reported when read, as any other file.
            return true;
        }
    }

    private static SourceEntry FileEntry(string path, string source)
    {
        long? length = null;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        var kind = IsJsonLines(path) ? SourceKind.JsonLinesFile
            : IsHtml(path) ? SourceKind.HtmlFile
            : IsWarc(path) ? SourceKind.WarcFile
            : IsFeedOrSitemap(path) ? SourceKind.FeedFile
            : SourceKind.PlainTextFile;
        return new SourceEntry(source, path, kind, length);
    }

    private static IEnumerable<SourceEntry> Walk(string root)
    {
        var found = new List<SourceEntry>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath(root) };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (UnauthorizedAccessException)
            {
                found.Add(Unreadable(folder, "permission denied: cannot list this folder"));
                continue;
            }
            catch (IOException e)
            {
                found.Add(Unreadable(folder, $"cannot list this folder: {e.Message}"));
                continue;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                if (IsHidden(entry))
                    continue;
                if (Directory.Exists(entry))
                {
                    var real = RealPath(entry);
                    if (!visited.Add(real))
                        found.Add(Unreadable(entry, $"directory loop: this folder leads back to {real}, which is already being read; skipped"));
                    else
                        subfolders.Add(entry);
                }
                else if (IsArticleFile(entry))
                {
                    found.Add(BrokenLinkTarget(entry) is { } target
                        ? Unreadable(entry, $"broken link: it points to {target}, which does not exist")
                        : FileEntry(entry, entry));
                }
            }
            // Pushed in reverse so that folders are read in name order.
            for (var i = subfolders.Count - 1; i >= 0; i--)
                pending.Push(subfolders[i]);
        }
        if (found.Count == 0)
            found.Add(Unreadable(root, $"no article files ({ArticleExtensions}) in this folder"));
        return found;
    }

    private static bool IsHidden(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (name.StartsWith('.'))
            return true;
        try
        {
            return (File.GetAttributes(path) & FileAttributes.Hidden) != 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The folder's absolute path with every symbolic link along it followed, to notice a walk going in circles.</summary>
    private static string RealPath(string folder)
    {
        var full = System.IO.Path.GetFullPath(folder);
        try
        {
            var parts = full.Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = System.IO.Path.GetPathRoot(full) ?? "/";
            foreach (var part in parts)
            {
                current = System.IO.Path.Combine(current, part);
                var target = new DirectoryInfo(current).ResolveLinkTarget(returnFinalTarget: true);
                if (target is not null)
                    current = System.IO.Path.GetFullPath(target.FullName);
            }
            return current;
        }
        catch (IOException)
        {
            return full;
        }
        catch (UnauthorizedAccessException)
        {
            return full;
        }
    }

    /// <summary>Where a symbolic link points when that does not exist; null for anything else.</summary>
    private static string? BrokenLinkTarget(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is null)
                return null;
            var final = info.ResolveLinkTarget(returnFinalTarget: true);
            return final is null || !final.Exists && !Directory.Exists(final.FullName) ? info.LinkTarget : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Describe(string path)
    {
        var parent = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (parent is not null && Directory.Exists(parent))
            return "no such file or folder; check the path";
        return "no such file or folder (its folder does not exist either); check the path";
    }

    private static SourceEntry Unreadable(string source, string reason) => new(source, null, SourceKind.Unreadable, 0, reason);
}

using System.IO.Compression;

namespace Cronista.Eval.Extraction;

/// <summary>Finds and reads the benchmark's HTML files.</summary>
internal static class CorpusFiles
{
    /// <summary>The folders searched, in order, as eval_common.resolve does.</summary>
    private static readonly string[] Folders = ["cache", "eval"];

    /// <summary>The file's path under root/cache or root/eval, or null when neither holds it.</summary>
    /// <remarks>The shared copy stores each page gzipped (NAME.html.gz) while evaldata.json names NAME.html, so in each
    /// folder the name as written is tried first and then its .gz; the folder order is the reference's.</remarks>
    public static string? Resolve(string root, string file)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(root, folder, file);
            if (File.Exists(path))
                return path;
            if (File.Exists(path + ".gz"))
                return path + ".gz";
        }
        return null;
    }

    /// <summary>The page's bytes, unzipped when the file is a .gz; the extractor decodes the charset itself.</summary>
    public static byte[] Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            return File.ReadAllBytes(path);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}

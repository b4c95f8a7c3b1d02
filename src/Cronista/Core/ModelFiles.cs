using System.IO.Compression;

namespace Cronista.Core;

/// <summary>Finds the trained models: in the folder named by CRONISTA_MODELS when it holds the file (to try a
/// retrained model without rebuilding), else among the models compiled into the assembly.</summary>
public static class ModelFiles
{
    /// <summary>The environment variable naming a folder laid out as models/ ("it/ner.bin.gz").</summary>
    public const string FolderVariable = "CRONISTA_MODELS";

    /// <summary>True when the model exists in either place ("it/ner.bin.gz").</summary>
    public static bool Exists(string path) => OnDisk(path) is not null || ResourceFiles.Exists(ResourcePath(path));

    /// <summary>True when the model is read from the CRONISTA_MODELS folder rather than from the compiled-in ones.</summary>
    public static bool FromFolder(string path) => OnDisk(path) is not null;

    /// <summary>Opens a model, decompressing ".gz" files.</summary>
    /// <exception cref="FileNotFoundException">Neither place has it.</exception>
    public static Stream Open(string path)
    {
        if (OnDisk(path) is { } file)
        {
            Stream stream = File.OpenRead(file);
            return path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        }
        return ResourceFiles.Open(ResourcePath(path));
    }

    private static string ResourcePath(string path) => "models/" + path;

    private static string? OnDisk(string path)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrEmpty(folder))
            return null;
        var file = Path.Combine(folder, path);
        return File.Exists(file) ? file : null;
    }
}

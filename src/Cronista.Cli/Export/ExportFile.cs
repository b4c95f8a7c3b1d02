namespace Cronista.Cli.Export;

/// <summary>Writes an export file whole or not at all: into a temporary file beside it, moved into place when complete.</summary>
internal static class ExportFile
{
    /// <summary>Writes the file, creating its folder; a failed export leaves an earlier file of the same name as it was.</summary>
    /// <exception cref="IOException">The file or its folder cannot be written, or the path is a folder.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing there is not allowed.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new IOException("it is a folder; give a file name");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Guid.NewGuid():N}.partial";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
                write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}

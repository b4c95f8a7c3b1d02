namespace Cronista.Tests.Support;

/// <summary>Finds the shared data folder beside the checkout (../shared), or the one CRONISTA_SHARED names.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The shared folder, or null when this machine has none.</summary>
    public static string? Folder => Root.Value;

    public static string? PathOf(string relative) => Folder is null ? null : System.IO.Path.Combine(Folder, relative);

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("CRONISTA_SHARED");
        if (!string.IsNullOrEmpty(configured))
            return Directory.Exists(configured) ? configured : null;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Cronista.slnx")))
            {
                var shared = System.IO.Path.Combine(directory.FullName, "..", "shared");
                return Directory.Exists(shared) ? System.IO.Path.GetFullPath(shared) : null;
            }
        }
        return null;
    }
}

using Cronista.Ingest;

namespace Cronista.Web;

/// <summary>A feed, sitemap or page saved on disk, read like a fetched one.</summary>
internal static class LocalFile
{
    /// <exception cref="FetchException">The file cannot be read or is over the size limit.</exception>
    public static async Task<WebSources.Resource> ReadAsync(string path, long maxBytes, CancellationToken cancel)
    {
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, useAsync: true);
            Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress)
                : file;
            await using (stream.ConfigureAwait(false))
            {
                var (bytes, overflow) = await BoundedRead.ReadAsync(stream, maxBytes, cancel).ConfigureAwait(false);
                if (overflow)
                    throw new FetchException($"{path} is over the {ByteSizes.Format(maxBytes)} limit; raise it with --max-size", FetchFailure.TooLarge);
                return new WebSources.Resource(null, ContentSniffer.Sniff(null, bytes), null, null, bytes, null);
            }
        }
        catch (FileNotFoundException)
        {
            throw new FetchException("no such file, and not an http or https URL; check the path or URL", FetchFailure.BadUrl);
        }
        catch (DirectoryNotFoundException)
        {
            throw new FetchException("no such file, and not an http or https URL; check the path or URL", FetchFailure.BadUrl);
        }
        catch (InvalidDataException)
        {
            throw new FetchException("not a valid gzip file: it cannot be decompressed", FetchFailure.BadUrl);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FetchException($"cannot read: {e.Message}", FetchFailure.BadUrl);
        }
    }
}

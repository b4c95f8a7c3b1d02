namespace Cronista.Ingest.Warc;

/// <summary>A WARC file cannot be read on: it is truncated, corrupt, or not a WARC file at all.</summary>
/// <remarks>Records are found by their lengths, so once one is wrong nothing after it can be trusted.</remarks>
internal sealed class WarcFormatException(string message) : Exception(message);

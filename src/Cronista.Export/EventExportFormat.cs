namespace Cronista.Export;

/// <summary>A format events are exported in: the name the command line and the API know it by, and how a file of it is
/// labelled, so that <c>cronista export</c> and <c>GET /api/export</c> offer the same formats under the same names.</summary>
/// <param name="Name">The name given to <c>--format</c> or <c>?format=</c>.</param>
/// <param name="MediaType">The media type of its content, without parameters.</param>
/// <param name="FileExtension">The extension of a file of it, without the dot.</param>
/// <param name="IsBinary">True when it is not text: it cannot go to a terminal, and has no character set.</param>
public sealed record EventExportFormat(string Name, string MediaType, string FileExtension, bool IsBinary)
{
    /// <summary>One JSON object per event and per line.</summary>
    public static EventExportFormat Jsonl { get; } = new("jsonl", "application/jsonl", "jsonl", IsBinary: false);

    /// <summary>The JSONL fields flattened into RFC 4180 CSV with a header row.</summary>
    public static EventExportFormat Csv { get; } = new("csv", "text/csv", "csv", IsBinary: false);

    /// <summary>The CSV columns as an Apache Parquet file.</summary>
    public static EventExportFormat Parquet { get; } = new("parquet", "application/vnd.apache.parquet", "parquet", IsBinary: true);

    /// <summary>A JSON array of PLOVER records.</summary>
    public static EventExportFormat PloverJson { get; } = new("plover-json", "application/json", "json", IsBinary: false);

    /// <summary>GDELT 2.0 event records, tab-separated, without a header.</summary>
    public static EventExportFormat GdeltEvents { get; } = new("gdelt-events", "text/tab-separated-values", "tsv", IsBinary: false);

    /// <summary>Every format, the default (JSONL) first.</summary>
    public static IReadOnlyList<EventExportFormat> All { get; } = [Jsonl, Csv, Parquet, PloverJson, GdeltEvents];

    /// <summary>The names of every format, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>The format of that name (exactly as listed), or null.</summary>
    public static EventExportFormat? Find(string? name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The Content-Type header of its content: text formats say they are UTF-8.</summary>
    public string ContentType => IsBinary ? MediaType : $"{MediaType}; charset=utf-8";
}

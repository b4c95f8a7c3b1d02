namespace Cronista.Ingest.Warc;

/// <summary>What a WARC reader met, for a summary: records read, pages yielded, and what was passed over and why.</summary>
/// <remarks>Skipped records are not failures: an archive holds requests, metadata, images and redirects besides pages.</remarks>
public sealed class WarcCounts
{
    /// <summary>Records read, of every type.</summary>
    public long Records { get; internal set; }

    /// <summary>HTML pages yielded as articles to extract.</summary>
    public long Pages { get; internal set; }

    /// <summary>Records of types that hold no page: warcinfo, request, metadata, revisit, conversion, continuation.</summary>
    public long OtherRecords { get; internal set; }

    /// <summary>Responses and resources that are not HTML (images, scripts, feeds, PDFs …).</summary>
    public long NotHtml { get; internal set; }

    /// <summary>Responses whose HTTP status is not 200 (redirects, errors, not-modified).</summary>
    public long NotOk { get; internal set; }

    /// <summary>Records reported as failures (too large), and files whose reading stopped early.</summary>
    public long Failures { get; internal set; }
}

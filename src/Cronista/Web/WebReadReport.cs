using System.Collections.Concurrent;

namespace Cronista.Web;

/// <summary>What a web read did besides yielding articles: pages skipped as known, lists unchanged, validators to keep.</summary>
/// <remarks>Validators are kept only once the pages of a round are stored, so that an interrupted round is read again in full.</remarks>
public sealed class WebReadReport
{
    private int _known;

    /// <summary>How many listed pages were skipped because they are already held.</summary>
    public int Known => _known;

    /// <summary>Feeds and sitemaps whose server said nothing changed since the last read.</summary>
    public ConcurrentQueue<string> NotModified { get; } = new();

    /// <summary>Each feed or sitemap read, with the validators of its answer.</summary>
    public ConcurrentDictionary<string, CacheValidators> Validators { get; } = new(StringComparer.Ordinal);

    internal void CountKnown() => Interlocked.Increment(ref _known);
}

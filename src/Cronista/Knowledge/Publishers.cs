using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Cronista.Core;

namespace Cronista.Knowledge;

/// <summary>A news outlet, recognised by the hosts it publishes on and the taglines its pages carry.</summary>
/// <param name="Name">The outlet's name as Cronista writes it ("swissinfo.ch", "Le Monde").</param>
/// <param name="Hosts">Its web hosts without "www." ("swissinfo.ch"); subdomains belong to the outlet too.</param>
/// <param name="Taglines">The slogans its page chrome prints ("The Swiss voice in the world since 1935").</param>
public sealed record Publisher(string Name, ImmutableArray<string> Hosts, ImmutableArray<string> Taglines);

/// <summary>The outlets Cronista knows, read once from <c>Knowledge/Data/publishers.tsv</c>.</summary>
/// <remarks>Immutable and safe to share between threads: load it once and pass it to whoever needs it.</remarks>
public sealed class Publishers
{
    private const string DataFile = "Knowledge/Data/publishers.tsv";

    private static readonly Lazy<Publishers> Shared = new(Load);

    private readonly FrozenDictionary<string, Publisher> _byHost;
    private readonly ImmutableArray<(string Tagline, Publisher Publisher)> _taglines;

    internal Publishers(IEnumerable<Publisher> publishers)
    {
        All = [.. publishers];
        var byHost = new Dictionary<string, Publisher>(StringComparer.OrdinalIgnoreCase);
        foreach (var publisher in All)
        {
            foreach (var host in publisher.Hosts)
                byHost.TryAdd(host, publisher);
        }
        _byHost = byHost.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        // Longest first, so that a tagline containing another one wins.
        _taglines = [.. All.SelectMany(p => p.Taglines.Select(t => (Normalize(t), p))).OrderByDescending(t => t.Item1.Length)];
    }

    /// <summary>The outlets as read from the data file, loaded on first use and shared; it never changes.</summary>
    public static Publishers Default => Shared.Value;

    /// <summary>Every outlet, in the order of the data file.</summary>
    public ImmutableArray<Publisher> All { get; }

    /// <summary>Reads the outlets from the data file compiled into Cronista.</summary>
    public static Publishers Load() => new(ResourceFiles.ReadRows(DataFile).Select(Parse));

    /// <summary>The outlet that publishes on a host or URL ("www.swissinfo.ch", "https://m.lemonde.fr/…"), or null.</summary>
    public Publisher? FindByHost(string hostOrUrl)
    {
        var host = HostOf(hostOrUrl);
        if (host is null)
            return null;
        // A subdomain (m.lemonde.fr, edition.cnn.com) belongs to the outlet of its parent domain.
        for (var candidate = host; candidate.Contains('.'); candidate = candidate[(candidate.IndexOf('.') + 1)..])
        {
            if (_byHost.TryGetValue(candidate, out var publisher))
                return publisher;
        }
        return null;
    }

    /// <summary>The outlet whose tagline appears in a piece of page chrome, ignoring case, spacing and quote styles; or null.</summary>
    public Publisher? FindByTagline(string chrome)
    {
        var text = Normalize(chrome);
        if (text.Length == 0)
            return null;
        foreach (var (tagline, publisher) in _taglines)
        {
            if (text.Contains(tagline, StringComparison.OrdinalIgnoreCase))
                return publisher;
        }
        return null;
    }

    /// <summary>The lower-case host of a URL or bare host name, without "www."; null when there is none.</summary>
    internal static string? HostOf(string hostOrUrl)
    {
        var value = hostOrUrl.Trim();
        if (value.Length == 0)
            return null;
        string host;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host))
            host = uri.Host;
        else if (Uri.TryCreate("http://" + value, UriKind.Absolute, out uri) && !string.IsNullOrEmpty(uri.Host))
            host = uri.Host;
        else
            return null;
        host = host.ToLowerInvariant().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                _ => c,
            });
        }
        return builder.ToString();
    }

    private static Publisher Parse(string[] row)
    {
        if (row.Length < 2 || row[1].Length == 0)
            throw new InvalidDataException($"{DataFile}: the row for '{row[0]}' needs at least a name and its hosts, tab-separated.");
        var hosts = row[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var taglines = row.Length > 2 ? row[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
        return new Publisher(row[0], [.. hosts], [.. taglines]);
    }
}

using Cronista.Knowledge;

namespace Cronista.Entities;

/// <summary>The clusters of one document while grouping, indexed by key, by the words of people's names and by the
/// leading words of organisations' names, so that each mention finds its cluster without scanning all of them.</summary>
internal sealed class MentionClusters(string text)
{
    private readonly Dictionary<string, MentionCluster> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Core.TextSpan, MentionCluster> _bySpan = [];
    private readonly Dictionary<string, HashSet<MentionCluster>> _peopleByNameWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<MentionCluster>> _organisationsByPrefix = new(StringComparer.Ordinal);

    public List<MentionCluster> All { get; } = [];

    public bool TryGet(string key, out MentionCluster cluster) => _byKey.TryGetValue(key, out cluster!);

    /// <summary>The cluster with this key, created when there is none yet.</summary>
    public MentionCluster For(string key, EntityType type)
    {
        if (!_byKey.TryGetValue(key, out var cluster))
        {
            cluster = new MentionCluster(type);
            _byKey[key] = cluster;
            All.Add(cluster);
        }
        return cluster;
    }

    /// <summary>Puts a mention in a cluster and indexes its name.</summary>
    public void Add(MentionCluster cluster, Mention mention)
    {
        cluster.Add(mention);
        _bySpan[mention.Span] = cluster;
        if (mention.Kind is not (MentionKind.Name or MentionKind.PartialName))
            return;
        var words = NameKey.Of(text.Substring(mention.Span.Start, mention.Span.Length)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (cluster.Type == EntityType.PER)
        {
            foreach (var word in words)
                Owners(_peopleByNameWord, word).Add(cluster);
        }
        else if (cluster.Type == EntityType.ORG)
        {
            // "aer lingus group plc" is found from "aer", "aer lingus" and "aer lingus group".
            for (var length = 1; length < words.Length; length++)
                Owners(_organisationsByPrefix, string.Join(' ', words, 0, length)).Add(cluster);
        }
    }

    /// <summary>The cluster a mention at this span was put in, or null.</summary>
    public MentionCluster? Of(Core.TextSpan span) => _bySpan.GetValueOrDefault(span);

    /// <summary>The people one of whose names has this word (a surname alone: Putin, Djamal).</summary>
    public IReadOnlyCollection<MentionCluster> PeopleNamed(string word) =>
        _peopleByNameWord.TryGetValue(NameKey.Of(word), out var owners) ? owners : [];

    /// <summary>The organisations whose full name begins with these words (Aer Lingus for Aer Lingus Group PLC).</summary>
    public IReadOnlyCollection<MentionCluster> OrganisationsStartingWith(string words) =>
        _organisationsByPrefix.TryGetValue(NameKey.Of(words), out var owners) ? owners : [];

    private static HashSet<MentionCluster> Owners(Dictionary<string, HashSet<MentionCluster>> index, string key)
    {
        if (!index.TryGetValue(key, out var owners))
            index[key] = owners = [];
        return owners;
    }
}

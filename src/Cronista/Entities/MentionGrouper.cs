using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Knowledge;

namespace Cronista.Entities;

/// <summary>Groups a document's mentions into entities: by knowledge-base identity, by name (a surname joins the full name),
/// then role descriptions and demonyms join the entity the document makes them mean.</summary>
internal sealed class MentionGrouper(KnowledgeBase knowledge)
{
    private const string Stage = "group-entities";

    // How many sentences back a description without a country may look for the person it refers to.
    private const int DescriptionReach = 2;

    private readonly Dictionary<string, Role> _roles = knowledge.Roles.Roles.ToDictionary(r => r.Name, r => r, StringComparer.Ordinal);

    public ImmutableArray<Entity> Group(Document document)
    {
        var text = document.Text;
        var mentions = document.Get(Layers.Mentions);
        var sentences = document.Get(Layers.Sentences);
        var clusters = new MentionClusters(text);

        // Names with a knowledge-base identity, full names before surnames so a surname finds its person.
        foreach (var mention in mentions.Where(m => m.Kind == MentionKind.Name && m.Link is not null && m.Provenance.Rule != KnowledgeMentionFinder.ContextualRule))
            clusters.Add(clusters.For(KeyOf(mention.Link!), SeatOfPower(mention.Link!) ? EntityType.ORG : mention.Type), mention);
        var unlinked = new List<Mention>();
        foreach (var mention in mentions.Where(m => m.Kind == MentionKind.PartialName))
        {
            if (mention.Link is not null && clusters.TryGet(KeyOf(mention.Link), out var linked) && mention.Provenance.Rule != KnowledgeMentionFinder.AmbiguousRule)
                clusters.Add(linked, mention);
            else
                unlinked.Add(mention with { Link = null });
        }
        // Names the knowledge base does not know: longest first, so "Mario Rossi" exists before "Rossi" looks for it.
        foreach (var mention in mentions.Where(m => m.Kind == MentionKind.Name && m.Link is null).Concat(unlinked)
                     .OrderByDescending(m => WordCount(text, m)).ThenBy(m => m.Span.Start))
        {
            var written = text.Substring(mention.Span.Start, mention.Span.Length);
            if (WordCount(text, mention) == 1 && mention.Type == EntityType.PER || mention.Kind == MentionKind.PartialName)
            {
                var owners = clusters.PeopleNamed(written);
                if (owners.Count == 1)
                {
                    clusters.Add(owners.First(), mention with { Kind = MentionKind.PartialName, Type = EntityType.PER });
                    continue;
                }
            }
            // A short form of an organisation named in full (Aer Lingus for Aer Lingus Group PLC) is that organisation.
            var organisation = clusters.OrganisationsStartingWith(written);
            if (organisation.Count == 1 && mention.Type != EntityType.LOC)
            {
                clusters.Add(organisation.First(), mention with { Type = EntityType.ORG });
                continue;
            }
            clusters.Add(clusters.For("name:" + NameKey.Of(written), mention.Type), mention);
        }
        // Adjectives of nationality stand for their country, named or not.
        foreach (var mention in mentions.Where(m => m.Kind == MentionKind.Demonym && m.Link is not null))
            clusters.Add(clusters.For(KeyOf(mention.Link!), EntityType.LOC), mention);
        // "il Nord" means North Korea only where North Korea is named.
        foreach (var mention in mentions.Where(m => m.Provenance.Rule == KnowledgeMentionFinder.ContextualRule && m.Link is not null))
        {
            if (clusters.TryGet(KeyOf(mention.Link!), out var country) && country.Mentions.Count > 0)
                clusters.Add(country, mention);
        }
        var people = new PeopleNearby(mentions, sentences);
        foreach (var mention in mentions.Where(m => m.Kind == MentionKind.Description).OrderBy(m => m.Span.Start))
        {
            var target = mention.Type == EntityType.PER
                ? PersonDescribed(document, mention, people, clusters)
                : OrganisationDescribed(mention, clusters.All);
            if (target is null)
                continue;
            clusters.Add(target, mention);
            target.Country ??= mention.Country;
            target.Role ??= mention.Role;
        }
        return Build(text, clusters.All);
    }

    private MentionCluster? PersonDescribed(Document document, Mention description, PeopleNearby nearby, MentionClusters clusters)
    {
        var text = document.Text;
        MentionCluster? ClusterOf(Mention m) => clusters.Of(m.Span) is { Type: EntityType.PER } cluster ? cluster : null;
        // Apposition: "il presidente russo Vladimir Putin".
        if (nearby.NameAfter(description) is { } next && IsAdjacent(text, description.Span.End, next.Span.Start))
            return ClusterOf(next);
        var people = clusters.All.Where(c => c.Type == EntityType.PER && c.HasName).ToList();
        if (description.Country is { } country)
        {
            var sameCountry = people.Where(c => c.Country == country && Fits(c, description.Role)).ToList();
            if (sameCountry.Count == 1)
                return sameCountry[0];
            var holder = HolderOf(description, country, document.Metadata.Published);
            if (holder is not null)
            {
                var created = clusters.For(KeyOf(holder.ToRef()), EntityType.PER);
                created.Link ??= holder.ToRef();
                return created;
            }
            return sameCountry.Count == 0 && people.Count(c => c.Country == country) == 1 ? people.First(c => c.Country == country) : null;
        }
        // No country: a title the person is known by (the marshal), else the person last named nearby.
        var titled = people.Where(c => HasTitle(c, description.Role)).ToList();
        if (titled.Count == 1)
            return titled[0];
        foreach (var recent in nearby.PeopleBefore(description, DescriptionReach))
        {
            if (ClusterOf(recent) is { HasName: true } cluster)
                return cluster;
        }
        return null;
    }

    private static MentionCluster? OrganisationDescribed(Mention description, List<MentionCluster> clusters) =>
        clusters.Where(c => c.Type == EntityType.ORG && (c.Link?.Subtype ?? c.Role) == description.Role && c.Mentions.Exists(m => m.Span.End <= description.Span.Start))
            .OrderByDescending(c => c.Mentions.Where(m => m.Span.End <= description.Span.Start).Max(m => m.Span.Start))
            .FirstOrDefault();

    private Person? HolderOf(Mention description, string country, DateOnly? published)
    {
        if (published is not { } date || description.Role is null || !_roles.TryGetValue(description.Role, out var role) || role.Office is null)
            return null;
        var holders = knowledge.People.HolderOn(role.Office, country, date);
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>A description fits a person unless the knowledge base gives the person a different leading office.</summary>
    /// <summary>True for the buildings that name an executive ("the Kremlin said", "la Casa Bianca", "Matignon"). Gold
    /// data label their mentions places, as the entity tagger does, but news quotes them as institutions, and the
    /// knowledge base files them as presidencies and governments: the entity is the institution.</summary>
    private static bool SeatOfPower(KnowledgeRef link) => link.Subtype is "presidency" or "government";

    private static bool Fits(MentionCluster cluster, string? role) => role is not null || cluster.Role is null || cluster.Role == role;

    private bool HasTitle(MentionCluster cluster, string? role)
    {
        if (role is null || cluster.Link is null || !cluster.Link.Id.StartsWith("kb:", StringComparison.Ordinal))
            return false;
        var person = knowledge.People.ById(cluster.Link.Id[3..]);
        return person is not null && person.Titles.Contains(role);
    }

    private static bool IsShortFormOf(string shortKey, string longKey) =>
        longKey.Length > shortKey.Length + 1 && longKey.StartsWith(shortKey + " ", StringComparison.Ordinal);

    private static bool IsAdjacent(string text, int end, int start) =>
        start >= end && start - end <= 2 && text.AsSpan(end, start - end).Trim().IsEmpty;

    private static int WordCount(string text, Mention mention) =>
        text.AsSpan(mention.Span.Start, mention.Span.Length).Count(' ') + 1;

    /// <summary>Countries meet under their ISO code whether the gazetteer or the country table found them.</summary>
    private static string KeyOf(KnowledgeRef link) =>
        link.Subtype == "country" && link.Country is not null ? "iso:" + link.Country : link.Id;

    private ImmutableArray<Entity> Build(string text, List<MentionCluster> clusters)
    {
        var ordered = clusters.Where(c => c.Mentions.Count > 0)
            .Select(c => (Cluster: c, Mentions: c.Mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ToImmutableArray()))
            .OrderBy(c => c.Mentions[0].Span.Start)
            .ToList();
        var entities = ImmutableArray.CreateBuilder<Entity>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (cluster, mentions) = ordered[i];
            var link = cluster.Link;
            var canonical = link?.Canonical ?? LongestName(text, mentions);
            var role = cluster.Role is not null && _roles.TryGetValue(cluster.Role, out var known) ? known : null;
            entities.Add(new Entity($"e{i + 1}", canonical, cluster.Type, mentions, new Provenance(Stage, link is null ? "same-name" : KnowledgeMentionFinder.KnownRule, mentions.Max(m => m.Provenance.Confidence)))
            {
                KbId = link?.Id,
                Subtype = link?.Subtype ?? (cluster.Type == EntityType.ORG ? cluster.Role : null),
                Country = link?.Country ?? cluster.Country,
                Sector = link?.Sector ?? role?.Sector,
                Role = cluster.Type == EntityType.PER ? cluster.Role : null,
            });
        }
        return entities.MoveToImmutable();
    }

    private static string LongestName(string text, ImmutableArray<Mention> mentions)
    {
        var names = mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.PartialName).ToList();
        var best = (names.Count > 0 ? names : [.. mentions]).OrderByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start).First();
        return text.Substring(best.Span.Start, best.Span.Length);
    }
}

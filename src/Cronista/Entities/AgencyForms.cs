using Cronista.Knowledge;

namespace Cronista.Entities;

/// <summary>The names of news agencies as surface forms, so that agencies are recognised like any known organisation.</summary>
internal static class AgencyForms
{
    /// <summary>The knowledge-base id of an agency ("agency:keystone-ats").</summary>
    public static string IdOf(NewsAgency agency) => "agency:" + NameKey.Of(agency.Canonical).Replace(' ', '-');

    public static IEnumerable<SurfaceForm> Of(NewsAgencies agencies)
    {
        foreach (var agency in agencies.All)
        {
            var target = new KnowledgeRef(IdOf(agency), agency.Canonical, agency.Country, "news-agency", "MED");
            foreach (var alias in agency.Aliases.Append(agency.FullName).Distinct(StringComparer.Ordinal))
                yield return new SurfaceForm(alias, target, EntityType.ORG, MentionKind.Name, false, false);
        }
    }
}

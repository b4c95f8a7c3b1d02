using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Entities;

/// <summary>One person, organisation, place or other named thing, with every mention of it in the document.</summary>
/// <param name="Id">A document-local id ("e1", "e2" …), in order of first mention.</param>
/// <param name="Canonical">The fullest name: from the knowledge base when linked, else the longest name mention.</param>
/// <param name="Type">The entity class.</param>
/// <param name="Mentions">Every mention, in text order.</param>
/// <param name="Provenance">The stage and rule that grouped the mentions.</param>
public sealed record Entity(string Id, string Canonical, EntityType Type, ImmutableArray<Mention> Mentions, Provenance Provenance)
{
    /// <summary>The knowledge-base id, when linked ("geonames:524901", "iso:RUS", "kb:kremlin").</summary>
    public string? KbId { get; init; }

    /// <summary>A finer type (country, city, news-agency, head-of-state …), when known.</summary>
    public string? Subtype { get; init; }

    /// <summary>The country the entity belongs to or is (ISO 3166 alpha-3), when known.</summary>
    public string? Country { get; init; }

    /// <summary>The actor sector for event coding (GOV, MIL, MED …), when known.</summary>
    public string? Sector { get; init; }

    /// <summary>The role the document gives a person (president, leader …), when any.</summary>
    public string? Role { get; init; }

    /// <summary>The first mention's start, used to order entities.</summary>
    public int FirstOffset => Mentions.IsDefaultOrEmpty ? 0 : Mentions[0].Span.Start;
}

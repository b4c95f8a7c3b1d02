namespace Cronista.Knowledge;

/// <summary>A person the knowledge base knows: a head of state or government or another office holder, with the terms they served.</summary>
/// <param name="Id">A kebab-case identifier (vladimir-putin).</param>
/// <param name="Name">The canonical name (Vladimir Putin, Kim Jong Un).</param>
/// <param name="Aliases">Other full names and spellings (Kim Jong-un, Wladimir Putin, Poutine).</param>
/// <param name="Surnames">The forms a text uses alone to refer to the person (Putin; Erdoğan, Erdogan).</param>
/// <param name="Titles">Titles and honorifics beyond offices (marshal).</param>
/// <param name="Terms">The office terms, oldest first.</param>
public sealed record Person(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Surnames, IReadOnlyList<string> Titles, IReadOnlyList<OfficeTerm> Terms)
{
    /// <summary>The knowledge-base identifier, "kb:" and the id.</summary>
    public string KnowledgeId => "kb:" + Id;

    /// <summary>The country of the person's most recent term, when it has one.</summary>
    public string? Country => Terms.LastOrDefault(t => t.Country is not null)?.Country;

    /// <summary>The pointer a mention of this person carries: sector and country of the most recent term.</summary>
    public KnowledgeRef ToRef() => new(KnowledgeId, Name, Country, "person", Terms.Count > 0 ? Terms[^1].Sector : null);
}

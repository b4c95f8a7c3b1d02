namespace Cronista.Knowledge;

/// <summary>A place found for a name, with the name it matched and how many edits apart they are (0 for an exact match).</summary>
/// <param name="Place">The place.</param>
/// <param name="MatchedName">The gazetteer name that matched, as its lookup key.</param>
/// <param name="Distance">The Damerau–Levenshtein distance between the looked-up name and the matched one.</param>
public sealed record PlaceMatch(Place Place, string MatchedName, int Distance)
{
    /// <summary>The pointer a mention of the place carries.</summary>
    public KnowledgeRef ToRef() => Place.ToRef();
}

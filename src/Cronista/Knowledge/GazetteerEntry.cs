namespace Cronista.Knowledge;

/// <summary>One row of the gazetteer file: a place and the other names it is known by.</summary>
internal sealed record GazetteerEntry(Place Place, IReadOnlyList<string> AlternateNames);

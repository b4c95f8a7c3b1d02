namespace Cronista.Knowledge;

/// <summary>A role a person or a group is described by (president, foreign minister, army, protesters).</summary>
/// <param name="Name">The canonical English role, kebab-case (president, prime-minister, foreign-minister).</param>
/// <param name="Sector">The actor sector for event coding (GOV, MIL, REB, OPP, JUD, MED, BUS, CVL, REL, IGO, EDU, HLH), or null when it depends on context (leader, spokesperson).</param>
/// <param name="IsLeader">True for the head of a state, government or organisation.</param>
/// <param name="NeedsPerson">True when the role describes one person (presidente), false for a group or body (governo, ribelli).</param>
/// <param name="Office">The office to look up in the people table to find who holds the role ("leader" for dictator), or null when none applies.</param>
public sealed record Role(string Name, string? Sector, bool IsLeader, bool NeedsPerson, string? Office);

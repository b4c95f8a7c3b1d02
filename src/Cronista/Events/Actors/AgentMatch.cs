namespace Cronista.Events.Actors;

/// <summary>An agent noun found in a sentence (officials, troops, polizia): words [Start, End) and its sector ("GOV").</summary>
internal sealed record AgentMatch(int Start, int End, string Sector);

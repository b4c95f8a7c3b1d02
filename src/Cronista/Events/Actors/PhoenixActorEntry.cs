namespace Cronista.Events.Actors;

/// <summary>One entry of a Phoenix actor dictionary: a name, its '+' aliases, and its codes as written (AFGGOV, IGOUNO).</summary>
internal sealed record PhoenixActorEntry(IReadOnlyList<string> Names, IReadOnlyList<ActorCodeRange> Codes);

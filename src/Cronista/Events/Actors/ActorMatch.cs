namespace Cronista.Events.Actors;

/// <summary>A known actor name found in a sentence: words [Start, End) and its code on the day asked ("USA GOV", "IGO").</summary>
internal sealed record ActorMatch(int Start, int End, string Code);

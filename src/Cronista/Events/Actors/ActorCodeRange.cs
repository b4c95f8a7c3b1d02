namespace Cronista.Events.Actors;

/// <summary>An actor code and the days it applies to, both ends included; a null end is open.</summary>
/// <remarks>A code without dates is an entry's default: it applies whenever no dated code does.</remarks>
internal readonly record struct ActorCodeRange(string Code, DateOnly? Start, DateOnly? End)
{
    /// <summary>True when the code is restricted to a period (even one open at one end).</summary>
    public bool IsDated => Start is not null || End is not null;

    public bool Covers(DateOnly date) => (Start is not { } start || date >= start) && (End is not { } end || date <= end);
}

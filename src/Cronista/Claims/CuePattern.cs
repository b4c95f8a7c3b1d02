namespace Cronista.Claims;

/// <summary>How a reporting phrase points at its source.</summary>
internal enum CueKind
{
    /// <summary>A preposition before the source (secondo X, according to X, laut X, selon X).</summary>
    After,
    /// <summary>A reporting verb before the source (aggiunge la KCNA, said Smith).</summary>
    Inverted,
    /// <summary>The source is the subject before the verb (il Cremlino afferma che, Airbus said).</summary>
    Before,
    /// <summary>The sentence only attributes the one before it (Lo riporta l’agenzia Interfax).</summary>
    Back,
    /// <summary>A side's version of events (nella lettura nordcoreana, in the Russian account).</summary>
    Account,
}

/// <summary>One reporting phrase: a sequence of slots, each a set of token sequences or the source's place X.</summary>
internal sealed record CuePattern(CueKind Kind, IReadOnlyList<string[][]?> Slots, string Text)
{
    /// <summary>The index of the X slot.</summary>
    public int SourceSlot { get; } = Slots.ToList().FindIndex(s => s is null);
}

/// <summary>Where a reporting phrase was found and where its source stands.</summary>
/// <param name="Pattern">The phrase that matched.</param>
/// <param name="Start">Its first token (the source excluded).</param>
/// <param name="End">One past its last token.</param>
/// <param name="SourceStart">First token of the source's place (for Before: the phrase's start, the source ends there).</param>
/// <param name="SourceEnd">One past the last token of the source's place, when the phrase closes it (Account).</param>
internal sealed record CueMatch(CuePattern Pattern, int Start, int End, int SourceStart, int SourceEnd);

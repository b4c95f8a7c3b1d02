namespace Cronista.Entities;

/// <summary>A run of capitalised tokens (with the particles between them) that may be a name.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="SentenceInitial">True when it starts the sentence, where capitals prove nothing.</param>
/// <param name="OrganisationHead">True when it starts or ends with a noun that heads organisation names.</param>
internal readonly record struct NameRun(int Start, int End, bool SentenceInitial, bool OrganisationHead)
{
    public int Length => End - Start;
}

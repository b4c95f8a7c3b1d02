namespace Cronista.Knowledge;

/// <summary>One term of a person in an office, as a sourced fact.</summary>
/// <param name="Role">The office (president, prime-minister, chancellor, supreme-leader, monarch, secretary-general, pope …).</param>
/// <param name="Country">ISO3 of the country the office belongs to; null for international offices (UN, NATO, the Holy See's pope is VAT).</param>
/// <param name="Organisation">The organisation id for offices of an organisation (un, nato, european-commission), or null.</param>
/// <param name="Sector">The actor sector of the office (GOV, IGO, REL …).</param>
/// <param name="IsHeadOfState">True when the office makes its holder head of state.</param>
/// <param name="IsHeadOfGovernment">True when the office makes its holder head of government.</param>
/// <param name="IsParamount">True when the holder is the country's foremost leader ("the Russian leader", "il dittatore nordcoreano").</param>
/// <param name="Start">The first day in office, when known.</param>
/// <param name="End">The last day in office; null while in office (as of late 2025) or when unknown (see <paramref name="EndUnknown"/>).</param>
/// <param name="EndUnknown">True when the term is over but its end date is not recorded.</param>
/// <param name="Source">The Wikipedia article the dates come from.</param>
public sealed record OfficeTerm(
    string Role,
    string? Country,
    string? Organisation,
    string? Sector,
    bool IsHeadOfState,
    bool IsHeadOfGovernment,
    bool IsParamount,
    DateOnly? Start,
    DateOnly? End,
    bool EndUnknown,
    string Source)
{
    /// <summary>True when the term certainly covers the date: it started on or before it and had not ended.</summary>
    public bool Covers(DateOnly date) =>
        Start is { } start && start <= date && !EndUnknown && (End is null || date <= End);
}

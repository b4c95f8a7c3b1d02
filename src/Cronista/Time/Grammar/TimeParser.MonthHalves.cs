using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// The first or second half of a named month, as French and Italian news count it in fortnights: "la première quinzaine
// d'avril", "la seconda quindicina di agosto". TIMEX3 has no name for it, so the value is the stretch of days.
internal sealed partial class TimeParser
{
    /// <summary>An ordinal (first or second), a half-month word (MonthHalf rows), "of" and a month: the first fortnight is
    /// days 1 to 14, the second the 15th to the month's end.</summary>
    private Parse? MonthHalf(int j)
    {
        if (!Lex(j, LexKind.Ordinal, out var ordinal, out var k) || ordinal.Number is not (1 or 2) || _t.LineBreakBefore(k) ||
            !Lex(k, LexKind.MonthHalf, out _, out var afterHalf) || !Lex(afterHalf, LexKind.Of, out var afterOf) || _t.LineBreakBefore(afterOf))
            return null;
        if (DatePoint(SkipDeterminer(afterOf)) is not { Value: null, Date: { Precision: DatePrecision.Month, Year: { } year, Month: var month } } named)
            return null;
        // A month without its year lies as the verb of the whole phrase says, which may stand too far from the month itself.
        if (named.Rule == "month" && _anchor is { } anchor)
            year = Anchoring.InferYear(anchor, month, MonthDirection(j));
        var first = new DateOnly(year, month, ordinal.Number == 1 ? 1 : 15);
        var last = ordinal.Number == 1 ? new DateOnly(year, month, 14) : new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        return new Parse(j, named.End, TimexType.DATE, "month-half")
        {
            Value = $"{first:yyyy-MM-dd}/{last:yyyy-MM-dd}",
            TakesDeterminer = true,
            Priority = 2,
        };
    }
}

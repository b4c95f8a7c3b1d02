using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Years with their era (44 BC, 2014 B.C., AD 14, 14 A.D.) and quarters written run together with their year (2018Q4, 18Q4).
internal sealed partial class TimeParser
{
    /// <summary>A year of one to four digits with its era after it ("44 BC", "14 a.d.") or, for AD, before it ("AD 14"). TIMEX3
    /// writes a year before Christ as BC and four digits (BC0044).</summary>
    private Parse? EraYear(int j)
    {
        // Not "the 2017 BC Liberal leadership race", "2014 AD Holdings": an era is no name's first word.
        if (Int(j, out var year, out var digits) && digits <= 4 && year >= 1 && !_t.LineBreakBefore(j + 1) && Lex(j + 1, LexKind.Era, out var era, out var end) &&
            !(_t.IsWord(end) && _t.IsCapitalized(end) && !_t.IsSentenceStart(end)))
            return EraParse(j, end, year, era.Value == "BC");
        if (Lex(j, LexKind.Era, out var before, out var k) && before.Value == "AD" && Int(k, out year, out digits) && digits <= 4 && year >= 1 && !_t.LineBreakBefore(k))
            return EraParse(j, k + 1, year, bc: false);
        return null;
    }

    private static Parse EraParse(int start, int end, int year, bool bc) =>
        new(start, end, TimexType.DATE, bc ? "year-bc" : "year-ad")
        {
            Date = bc ? null : TimexDate.OfYear(year),
            Value = bc ? "BC" + year.ToString("D4", CultureInfo.InvariantCulture) : null,
            Priority = 3,
        };

    /// <summary>"2018Q4", "18Q4": a quarter run together with its year, as company filings and spreadsheets write it.</summary>
    private Parse? CompactQuarter(int j)
    {
        var surface = _t.Surface(j).ToString();
        if (surface.Length is not (4 or 6) || char.ToUpperInvariant(surface[^2]) != 'Q' || surface[^1] is < '1' or > '4' ||
            !surface[..^2].All(char.IsAsciiDigit))
            return null;
        if (AfterIdentifierNoun(j))
            return null;
        var year = int.Parse(surface[..^2], CultureInfo.InvariantCulture);
        if (surface.Length == 4)
            year = Anchoring.ExpandYear(year, _anchor);
        return new Parse(j, j + 1, TimexType.DATE, "compact-quarter")
        {
            Date = new TimexDate(DatePrecision.Quarter, year, Part: surface[^1] - '0'),
            TakesDeterminer = true,
            Priority = 2,
        };
    }
}

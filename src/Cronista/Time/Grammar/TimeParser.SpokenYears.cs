using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Years said in words, as broadcast transcripts write them: nineteen ninety-six, the year two thousand.
internal sealed partial class TimeParser
{
    /// <summary>A year said in words, as broadcast transcripts write it: "nineteen ninety-six" (hundreds, then tens).</summary>
    private bool SpokenYear(int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (!_t.IsWord(i) || !_lang.Numbers.TryReadWord(_t.Norm(i), out var hundreds) || hundreds is < 11 or > 20 || _t.LineBreakBefore(i + 1))
            return false;
        if (!_t.IsWord(i + 1) || !_lang.Numbers.TryRead(_t, i + 1, out var tens) || tens.HasScale || tens.Value is < 10 or > 99 || tens.Value != decimal.Truncate(tens.Value))
            return false;
        year = (int)hundreds * 100 + (int)tens.Value;
        end = tens.End;
        return true;
    }

    /// <summary>A year in words: "nineteen ninety-six", or after a year noun "the year two thousand".</summary>
    private Parse? SpokenYearDate(int j)
    {
        if (SpokenYear(j, out var year, out var end))
            return new Parse(j, end, TimexType.DATE, "spoken-year") { Date = TimexDate.OfYear(year), TakesDeterminer = true, Priority = 1 };
        foreach (var noun in EndingAt(j, LexKind.YearNoun))
        {
            if (_t.IsWord(j) && _lang.Numbers.TryRead(_t, j, out var words) && words.Value is >= 1000 and <= 2999 && words.Value == decimal.Truncate(words.Value))
                return new Parse(noun.Start, words.End, TimexType.DATE, "year-noun") { Date = TimexDate.OfYear((int)words.Value), TakesDeterminer = true, Priority = 1 };
        }
        return null;
    }
}

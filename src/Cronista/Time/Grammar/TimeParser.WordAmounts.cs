using System.Globalization;
using System.Text.RegularExpressions;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// A fixed amount said in words before "ago" or "from now": "a fortnight ago", "half a century ago", "half an hour from now".
internal sealed partial class TimeParser
{
    /// <summary>A DurationWord row (a fortnight = P2W, half a century = P50Y) moved back or ahead by the word after it, as a
    /// counted unit is ("two weeks ago").</summary>
    private Parse? WordAmountAgo(int j)
    {
        if (!Lex(j, LexKind.DurationWord, out var word, out var afterWord) || _t.LineBreakBefore(afterWord) ||
            !Lex(afterWord, LexKind.AgoAfter, out var ago, out var end) || ago.Value is not ("" or "AHEAD"))
            return null;
        var match = Regex.Match(word.Value, @"^P(T?)(\d+)([DWMYH])$");
        if (!match.Success)
            return null;
        var amount = decimal.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var unit = (match.Groups[1].Length > 0, match.Groups[3].Value) switch
        {
            (true, "M") => "MIN",
            (true, "H") => "H",
            (false, var u) when u != "H" => u,
            _ => null,
        };
        return unit is null ? null : Shifted(j, end, amount, unit, ago.Value == "AHEAD" ? 1 : -1, ago.Value == "AHEAD" ? "later" : "ago");
    }

    /// <summary>The day a whole count of days, weeks, months or years after the publication date.</summary>
    private DateOnly? DayFromToday(decimal? amount, string unit)
    {
        if (_anchor is not { } a || amount is not { } n || n != decimal.Truncate(n) || n is < 1 or > 1000)
            return null;
        return unit switch
        {
            "D" => a.AddDays((int)n),
            "W" => a.AddDays(7 * (int)n),
            "M" => a.AddMonths((int)n),
            "Y" => a.AddYears((int)n),
            _ => null,
        };
    }
}

using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Years and longer periods: 2024, 1910-1945, the 1990s, the 20th century, the third quarter, summer 2024.
internal sealed partial class TimeParser
{
    /// <summary>A year: after a preposition that marks years (nel 2024), after a year noun (l'anno 2024), or standing alone where a noun cannot follow.</summary>
    private Parse? Year(int j)
    {
        if (!YearNumber(j, out var year))
            return null;
        // "$2024" is money.
        if (j > 0 && _t.Kind(j - 1) == Text.TokenKind.Symbol && _t.GluedToPrevious(j))
            return null;
        var date = TimexDate.OfYear(year);
        foreach (var noun in EndingAt(j, LexKind.YearNoun))
            return new Parse(noun.Start, j + 1, TimexType.DATE, "year-noun") { Date = date, TakesDeterminer = true, Priority = 1 };
        if (Precedes(j, LexKind.YearCue) || Precedes(j, LexKind.RangeFrom) || Precedes(j, LexKind.RangeTo))
            return new Parse(j, j + 1, TimexType.DATE, "year") { Date = date, Priority = 1 };
        // "the 1987 crash", "its 1990 invasion": a modern year between a determiner and its noun names the year.
        if (year is >= 1900 and <= 2100 && Precedes(j, LexKind.YearOwner) && IsContentWord(j + 1) && !Is(j + 1, LexKind.Unit))
            return new Parse(j, j + 1, TimexType.DATE, "year-modifier") { Date = date, Confidence = 0.7 };
        // A bare year: not before a count's noun or unit, and not before another number ("2024 500" may be one number).
        if (year is >= 1900 and <= 2100 && !IsContentWord(j + 1) && !Is(j + 1, LexKind.Unit) && !(_t.IsNumber(j + 1) && !_t.LineBreakBefore(j + 1)))
            return new Parse(j, j + 1, TimexType.DATE, "bare-year") { Date = date, Confidence = 0.7 };
        return null;
    }

    /// <summary>1910-1945, 1910–45, 2023/24: a span of years.</summary>
    private Parse? YearRange(int j)
    {
        if (!YearNumber(j, out var first))
            return null;
        var sep = j + 1;
        if (!(_t.IsDash(sep) || _t.IsChar(sep, '/')) || _t.LineBreakBefore(sep) || _t.LineBreakBefore(sep + 1))
            return null;
        if (_t.IsChar(sep, '/') && !(_t.GluedToPrevious(sep) && _t.GluedToPrevious(sep + 1)))
            return null;
        if (!Int(sep + 1, out var value, out var digits))
            return null;
        if (_t.GluedToPrevious(sep + 2) && (_t.IsDash(sep + 2) || _t.IsChar(sep + 2, '/') || _t.IsNumber(sep + 2)))
            return null; // 2025-08-13 is a date
        int last;
        if (digits == 4 && value > first && value <= first + 200)
            last = value;
        else if (digits == 2 && first % 100 < value && value - first % 100 <= 30)
            last = first / 100 * 100 + value;
        else
            return null;
        return new Parse(j, sep + 2, TimexType.DATE, "year-range")
        {
            Value = $"{first:D4}/{last:D4}",
            TakesDeterminer = true,
            Priority = 2,
        };
    }

    /// <summary>anni '90, gli anni Novanta, the 1990s, the '90s, die 90er Jahre, les années 1990.</summary>
    private Parse? Decade(int j)
    {
        int? decade = null;
        var start = j;
        var end = j;
        if (Lex(j, LexKind.DecadeWord, out var k))
        {
            var n = _t.IsChar(k, '\'') || _t.IsChar(k, '’') ? k + 1 : k;
            if (Int(n, out var value, out var digits) && value % 10 == 0 && digits is 2 or 4)
            {
                decade = digits == 4 ? value / 10 : Anchoring.Decade(value, _anchor);
                end = n + 1;
            }
            else if (_t.IsWord(n) && _lang.Numbers.TryRead(_t, n, out var words) && words.End == n + 1 && words.Value is >= 10 and <= 90 && words.Value % 10 == 0)
            {
                decade = Anchoring.Decade((int)words.Value, _anchor);
                end = n + 1;
            }
        }
        else if (_t.IsNumber(j))
        {
            var surface = TextFold.Fold(_t.Surface(j));
            var digits = 0;
            while (digits < surface.Length && char.IsAsciiDigit(surface[digits]))
                digits++;
            var ending = surface[digits..];
            if (digits is 2 or 4 && (ending == "s" || _lang.DecadeEnding is { } de && ending == de || ending.Length == 0 && digits == 4 && _t.Norm(j + 1) == "'s" && _t.GluedToPrevious(j + 1)))
            {
                var value = int.Parse(surface.AsSpan(0, digits), CultureInfo.InvariantCulture);
                if (value % 10 == 0)
                {
                    decade = digits == 4 ? value / 10 : Anchoring.Decade(value, _anchor);
                    end = ending.Length == 0 ? j + 2 : j + 1;
                    if ((_t.IsChar(j - 1, '\'') || _t.IsChar(j - 1, '’')) && _t.GluedToPrevious(j))
                        start = j - 1;
                    if (_t.IsDash(end) && _t.GluedToPrevious(end) && Lex(end + 1, LexKind.DecadeSuffix, out var afterDash))
                        end = afterDash;
                    else if (Lex(end, LexKind.DecadeSuffix, out var afterSuffix))
                        end = afterSuffix;
                }
            }
        }
        else if (Lex(j, LexKind.DecadeName, out var name, out var afterName))
        {
            decade = Anchoring.Decade(name.Number * 10, _anchor);
            end = Lex(afterName, LexKind.DecadeSuffix, out var afterSuffix) ? afterSuffix : afterName;
        }
        if (decade is null)
            return null;
        return new Parse(start, end, TimexType.DATE, "decade")
        {
            Date = new TimexDate(DatePrecision.Decade, null, Part: decade.Value),
            TakesDeterminer = true,
            Priority = 2,
        };
    }

    /// <summary>XX secolo, the 20th century, das 20. Jahrhundert, le XXe siècle, il Novecento.</summary>
    private Parse? Century(int j)
    {
        if (Lex(j, LexKind.CenturyName, out var name, out var afterName))
        {
            return new Parse(j, afterName, TimexType.DATE, "century-name")
            {
                Date = new TimexDate(DatePrecision.Century, null, Part: name.Number),
                TakesDeterminer = true,
            };
        }
        int ordinal;
        int k;
        if (RomanNumeral(j, out ordinal))
            k = j + 1;
        else if (!DayNumber(j, out ordinal, out k))
            return null;
        if (ordinal is < 1 or > 30 || !Lex(k, LexKind.Century, out var end))
            return null;
        return new Parse(j, end, TimexType.DATE, "century")
        {
            Date = new TimexDate(DatePrecision.Century, null, Part: ordinal - 1),
            TakesDeterminer = true,
            Priority = 2,
        };
    }

    /// <summary>An upper-case Roman numeral, optionally with the French ordinal ending (XXe, XIXème).</summary>
    private bool RomanNumeral(int i, out int value)
    {
        value = 0;
        if (!_t.IsWord(i))
            return false;
        var surface = _t.Surface(i);
        var length = surface.Length;
        if (surface.EndsWith("ème"))
            length -= 3;
        else if (surface.EndsWith("e"))
            length -= 1;
        var previous = 0;
        for (var k = length - 1; k >= 0; k--)
        {
            var digit = surface[k] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            if (digit == 0)
                return false;
            value += digit < previous ? -digit : digit;
            previous = Math.Max(previous, digit);
        }
        return length > 0 && value > 0;
    }

    /// <summary>il primo trimestre 2025, the third quarter, im ersten Halbjahr, Q1 2025.</summary>
    private Parse? QuarterOrHalf(int j)
    {
        var adjective = false;
        int part;
        string unit;
        int k;
        if (Lex(j, LexKind.Ordinal, out var ordinal, out var afterOrdinal) && Lex(afterOrdinal, LexKind.Unit, out var entry, out k) && entry.Value is "Q" or "HY")
        {
            unit = entry.Value;
            part = ordinal.Number == -1 ? (unit == "Q" ? 4 : 2) : ordinal.Number;
        }
        else if (_t.IsWord(j) && _t.Norm(j).IndexOf('-') is > 0 and var dash && _lang.Words.TryGetValue(_t.Norm(j)[..dash], out var left) &&
                 left.FirstOrDefault(e => e.Kind == LexKind.Ordinal) is { } hyphenOrdinal && _lang.Words.TryGetValue(_t.Norm(j)[(dash + 1)..], out var right) &&
                 right.FirstOrDefault(e => e.Kind == LexKind.Unit && e.Value is "Q" or "HY") is { } hyphenUnit)
        {
            // third-quarter, first-half: an adjective ("the third-quarter results"), so the article is the noun's
            adjective = true;
            unit = hyphenUnit.Value;
            part = hyphenOrdinal.Number == -1 ? (unit == "Q" ? 4 : 2) : hyphenOrdinal.Number;
            k = j + 1;
        }
        else if (_t.IsWord(j) && _t.Norm(j) is { Length: 2 } code && code[0] is 'q' or 'h' && code[1] is >= '1' and <= '4' && _t.IsCapitalized(j))
        {
            unit = code[0] == 'q' ? "Q" : "HY";
            part = code[1] - '0';
            k = j + 1;
        }
        else
            return null;
        if (part < 1 || unit == "Q" && part > 4 || unit == "HY" && part > 2)
            return null;
        var y = Lex(k, LexKind.Of, out var afterOf) ? SkipDeterminer(afterOf) : k;
        int? year = null;
        var end = k;
        if (YearNumber(y, out var explicitYear))
        {
            year = explicitYear;
            end = y + 1;
        }
        else if (Lex(k, LexKind.Modifier, out var modifier, out var afterModifier))
        {
            if (_anchor is { } a)
                year = a.Year + Offset(modifier.Value);
            end = afterModifier;
        }
        else if (_anchor is { } a)
            year = a.Year;
        return new Parse(j, end, TimexType.DATE, unit == "Q" ? "quarter" : "half-year")
        {
            Date = new TimexDate(unit == "Q" ? DatePrecision.Quarter : DatePrecision.Half, year, Part: part),
            TakesDeterminer = !adjective,
            Priority = 2,
        };
    }

    /// <summary>l'estate 2024, summer 2024, im Sommer 2024, l'été 2024.</summary>
    private Parse? SeasonOfYear(int j)
    {
        if (!Lex(j, LexKind.Season, out var season, out var k))
            return null;
        var year = YearAfter(k, out var end);
        if (year is null)
            return null;
        return new Parse(j, end, TimexType.DATE, "season-year")
        {
            Date = new TimexDate(DatePrecision.Season, year, Season: season.Value),
            TakesDeterminer = true,
            Priority = 2,
        };
    }
}

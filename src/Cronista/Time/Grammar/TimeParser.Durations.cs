using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Amounts of time, recurrences and vague references: 80 anni, the past three months, ogni lunedì, in futuro.
internal sealed partial class TimeParser
{
    /// <summary>80 anni, tre giorni, 48 ore, pochi giorni, gli ultimi due anni, the past few weeks, negli ultimi anni, a 30-day, five-year.</summary>
    private Parse? Duration(int j)
    {
        if (Lex(j, LexKind.DurationWord, out var fixedAmount, out var afterWord))
            return new Parse(j, afterWord, TimexType.DURATION, "duration-word") { Value = fixedAmount.Value };
        if (Lex(j, LexKind.Modifier, out var modifier, out var k) && modifier.Value is "LAST" or "NEXT" && !modifier.Strict)
        {
            if (CountedUnit(k, out var amount, out var unit, out var end))
                return Anchored(Span(j, end, amount, unit, "modified-duration", determiner: true), amount, unit, modifier.Value);
            // Plural unit without a count: negli ultimi anni, in the coming days, ces dernières années.
            if (Lex(k, LexKind.Unit, out var plural, out end) && plural.Plural)
                return Span(j, end, null, plural.Value, "modified-duration", determiner: true);
        }
        // "for years", "for weeks": a plural unit alone after a preposition of length is an unknown amount of it.
        if (Lex(j, LexKind.Unit, out var bare, out var afterBare) && bare.Plural && Precedes(j, LexKind.LengthCue))
            return Span(j, afterBare, null, bare.Value, "bare-duration", determiner: false);
        if (!Count(j, out var n, out var weak, out var afterCount) || _t.LineBreakBefore(afterCount))
            return HyphenatedDuration(j);
        // les trois derniers mois, le 2 ultime settimane
        if (Lex(afterCount, LexKind.Modifier, out var inner, out var afterInner) && inner.Value is "LAST" or "NEXT" && !inner.Before &&
            Lex(afterInner, LexKind.Unit, out var innerUnit, out var innerEnd))
            return Anchored(Span(j, innerEnd, n, innerUnit.Value, "modified-duration", determiner: true), n, innerUnit.Value, inner.Value);
        // "two more weeks", "a few additional days": the word between count and unit joins the extent, the amount stays.
        if (Lex(afterCount, LexKind.CountExtra, out _, out var afterExtra) && !_t.LineBreakBefore(afterExtra) && Is(afterExtra, LexKind.Unit))
            afterCount = afterExtra;
        var dash = _t.IsDash(afterCount) && _t.GluedToPrevious(afterCount) && _t.GluedToPrevious(afterCount + 1) ? afterCount + 1 : afterCount;
        if (!Lex(dash, LexKind.Unit, out var entry, out var unitEnd) || weak && entry.Strict)
            return null;
        // i 2 anni passati, le due ore scorse
        if (dash == afterCount && Lex(unitEnd, LexKind.Modifier, out var trailing, out var afterTrailing) && trailing.Value is "LAST" or "NEXT" && !_t.LineBreakBefore(unitEnd))
            return Anchored(Span(j, afterTrailing, n, entry.Value, "modified-duration", determiner: true), n, entry.Value, trailing.Value);
        // "52 years old" is an age, not an amount of time.
        if (Is(unitEnd, LexKind.Age))
            return null;
        // "the 1988 quarter": a four-digit number before a singular unit is a year naming the period, not an amount of it.
        if (!entry.Plural && Int(j, out _, out var digits) && digits == 4)
            return null;
        // "a minute and a half", "due anni e mezzo": a fraction after the unit adds to a whole count (PT1M30S, P2Y6M).
        if (dash == afterCount && n is { } count && count == decimal.Truncate(count) && !_t.LineBreakBefore(unitEnd) &&
            Lex(unitEnd, LexKind.UnitFraction, out var fraction, out var afterFraction))
            (n, unitEnd) = (count + fraction.Number / 100m, afterFraction);
        // "$500 million a year", "40% a year", "24 hours a day": a rate after a quantity, not an amount of time.
        if (weak && !entry.Plural && n == 1 && j > 0 && !_t.LineBreakBefore(j) && (_t.IsNumber(j - 1) || Is(j - 1, LexKind.RateAmount) || PluralUnitBefore(j)))
            return null;
        var duration = Span(j, unitEnd, n, entry.Value, "duration", determiner: false);
        return dash > afterCount && duration is not null ? duration with { TakesDeterminer = false } : duration;
    }

    /// <summary>True when the token before j ends a plural unit ("hours" in "24 hours a day").</summary>
    private bool PluralUnitBefore(int j) => j > 0 && _lang.Words.TryGetValue(_t.Norm(j - 1), out var entries) && entries.Any(e => e.Kind == LexKind.Unit && e.Plural);

    /// <summary>A number and a unit written as one word: five-year, zwei-Jahres.</summary>
    private Parse? HyphenatedDuration(int j)
    {
        if (!_t.IsWord(j))
            return null;
        var norm = _t.Norm(j);
        var dash = norm.IndexOf('-');
        if (dash <= 0 || !_lang.Numbers.TryReadWord(norm[..dash], out var amount) ||
            !_lang.Words.TryGetValue(norm[(dash + 1)..], out var entries) || entries.FirstOrDefault(e => e.Kind == LexKind.Unit) is not { } unit)
            return null;
        // "three-quarters of its food": a hyphenated plural before "of" is a fraction of something, not an amount of time.
        if (unit.Plural && Is(j + 1, LexKind.Of))
            return null;
        // "the five-year plan": the article belongs to the noun the adjective modifies.
        return Span(j, j + 1, amount, unit.Value, "duration", determiner: false) is { } adjective ? adjective with { TakesDeterminer = false } : null;
    }

    /// <summary>An amount of time the words place next to now (gli ultimi due anni, the next three weeks): a duration as TimeML
    /// has it, and where it lies (TIMEX3's anchoring of a duration) as its interval.</summary>
    private Parse? Anchored(Parse? span, decimal? amount, string unit, string modifier)
    {
        if (span is null || amount is not { } n || _anchor is not { } anchor)
            return span;
        var ahead = modifier == "NEXT";
        var stretch = unit is "H" or "MIN" or "S"
            ? _anchorTime is { } time ? Anchoring.ClockStretch(anchor.ToDateTime(time), n, unit, ahead) : null
            : Anchoring.Stretch(anchor, n, unit, ahead);
        return stretch is null ? span : span with { Interval = stretch };
    }

    private static Parse? Span(int start, int end, decimal? amount, string unit, string rule, bool determiner)
    {
        var value = DurationValue(amount, unit);
        // TimeML keeps the article of an amount of time too: "the nine months", "gli ultimi due anni".
        return value is null ? null : new Parse(start, end, TimexType.DURATION, rule) { Value = value, TakesDeterminer = true, Priority = determiner ? 1 : 0 };
    }

    /// <summary>The ISO 8601 duration of an amount of a unit; X when the amount is vague (PXD).</summary>
    /// <remarks>Quarters and half years are written in months, decades and centuries in years, as TimeBank does (P9M, P20Y).</remarks>
    public static string? DurationValue(decimal? amount, string unit)
    {
        // TimeBank writes a fraction in the next smaller unit: 5 1/2 hours is PT5H30M, 2 1/2 years P2Y6M.
        if (amount is { } whole && whole != decimal.Truncate(whole) && unit is "MIN" or "H" or "Y" or "D" && SplitFraction(whole, unit) is { } split)
            return split;
        var factor = unit switch { "Q" => 3, "HY" => 6, "DE" => 10, "CE" => 100, _ => 1 };
        var n = amount is { } a ? Number(a * factor) : "X";
        return unit switch
        {
            "S" => $"PT{n}S",
            "MIN" => $"PT{n}M",
            "H" => $"PT{n}H",
            "D" => $"P{n}D",
            "W" => $"P{n}W",
            "WE" => $"P{n}WE",
            "M" or "Q" or "HY" => $"P{n}M",
            "Y" or "DE" or "CE" => $"P{n}Y",
            _ => null,
        };
    }

    /// <summary>A fractional amount written as whole units and the next smaller unit (PT5H30M, PT1M30S, P2Y6M, P1DT12H), when it divides exactly.</summary>
    private static string? SplitFraction(decimal amount, string unit)
    {
        var (factor, big, small, clock) = unit switch
        {
            "MIN" => (60, "M", "S", true),
            "H" => (60, "H", "M", true),
            "D" => (24, "D", "H", false),
            _ => (12, "Y", "M", false),
        };
        var whole = decimal.Truncate(amount);
        var rest = (amount - whole) * factor;
        if (rest != decimal.Truncate(rest))
            return null;
        var head = whole == 0 ? "" : Number(whole) + big;
        return clock ? $"PT{head}{Number(rest)}{small}" : unit == "D" ? $"P{head}T{Number(rest)}{small}" : $"P{head}{Number(rest)}{small}";
    }

    /// <summary>ogni lunedì, every year, jeden Montag, tous les jours, ogni due anni, daily, montags, on Mondays.</summary>
    private Parse? Set(int j)
    {
        if (Lex(j, LexKind.SetWord, out var word, out var afterWord))
            return new Parse(j, afterWord, TimexType.SET, "set-word") { Value = word.Value, Priority = 1 };
        if (Lex(j, LexKind.Weekday, out var plural, out var afterPlural) && plural.Plural)
            return new Parse(j, afterPlural, TimexType.SET, "plural-weekday") { Value = $"XXXX-WXX-{plural.Number}", Confidence = 0.7 };
        if (!Lex(j, LexKind.Every, out var k))
            return null;
        string? value = null;
        var end = k;
        if (CountedUnit(k, out var amount, out var unit, out var afterUnit))
        {
            value = DurationValue(amount ?? 1, unit);
            end = afterUnit;
        }
        else if (Lex(k, LexKind.Unit, out var single, out afterUnit))
        {
            value = DurationValue(1, single.Value);
            end = afterUnit;
        }
        else if (Lex(k, LexKind.Weekday, out var weekday, out var afterWeekday))
        {
            value = $"XXXX-WXX-{weekday.Number}";
            end = afterWeekday;
        }
        else if (Lex(k, LexKind.Month, out var month, out var afterMonth) && !month.WithDay)
        {
            value = $"XXXX-{month.Number:D2}";
            end = afterMonth;
        }
        else if (Lex(k, LexKind.PartOfDay, out var part, out var afterPart) && !part.Strict)
        {
            value = $"XXXX-XX-XXT{part.Value}";
            end = afterPart;
        }
        else if (Lex(k, LexKind.Season, out var season, out var afterSeason))
        {
            value = $"XXXX-{season.Value}";
            end = afterSeason;
        }
        if (value is null)
            return null;
        // every Monday at 9 a.m., chaque lundi à 18 heures: the time of day joins the recurrence.
        var at = Lex(end, LexKind.ClockCue, out var afterCue) || Lex(end, LexKind.DateCue, out afterCue) ? afterCue : end;
        if (!value.StartsWith('P') && !value.Contains('T') && !_t.LineBreakBefore(end) && ClockAt(at) is { Clock: { Part: null } clock } time)
        {
            value += clock.Format();
            end = time.End;
        }
        return new Parse(j, end, TimexType.SET, "every") { Value = value, Priority = 1 };
    }

    /// <summary>in futuro, the past, früher, à l'avenir, attualmente, now.</summary>
    private Parse? Vague(int j)
    {
        if (!Lex(j, LexKind.Vague, out var entry, out var end))
            return null;
        // "l'ora di pranzo", "all'ora stabilita", "the present system": after an article, or a preposition that elides its
        // article, a one-word reference is a noun.
        if (end == j + 1 && (Precedes(j, LexKind.Determiner) || _t.Surface(j - 1) is [.., '\'' or '’'] && _t.GluedToPrevious(j)))
            return null;
        return new Parse(j, end, TimexType.DATE, "vague") { Value = entry.Value, TakesDeterminer = true, Confidence = 0.8 };
    }
}

using System.Collections.Immutable;
using Cronista.Amounts.Numbers;
using Cronista.Core;
using Cronista.Text;
using Cronista.Time;
using Cronista.Time.Lexicon;

namespace Cronista.Amounts;

/// <summary>Reads the amounts of one document: numbers in digits or words, their multiplier, unit and counted noun.</summary>
/// <remarks>
/// Numbers inside a time expression (years, days of dates, "80 anni") are left to the time layer; numbers glued to
/// letters (A350, COVID-19) are tokens of their own and never read; a plain integer right after a capitalized
/// name (Boeing 787) is a model number. Number words count only with a noun, a unit or a multiplier after them,
/// and not right after a definite article ("i due paesi" refers rather than counts).
/// </remarks>
internal sealed class AmountReader
{
    private const int MaxCountedWords = 4;

    private readonly TokenSeq _t;
    private readonly AmountLanguage _lang;
    private readonly bool[] _inTime;
    private readonly List<PhraseMatch<AmountWord>> _scratch = [];

    /// <summary>The first token the next amount may take: a currency sign already used by the amount before stays there.</summary>
    private int _floor;

    /// <summary>The part of speech of every token, when the document has them: a verb ends what is counted.</summary>
    private readonly ImmutableArray<WordTag> _tags;

    private AmountReader(TokenSeq tokens, AmountLanguage language, ImmutableArray<TimeExpression> times, ImmutableArray<WordTag> tags)
    {
        _t = tokens;
        _lang = language;
        _tags = tags.IsDefault || tags.Length != tokens.Count ? [] : tags;
        _inTime = new bool[tokens.Count];
        if (!times.IsDefault)
        {
            var k = 0;
            foreach (var time in times.OrderBy(x => x.Span.Start))
            {
                while (k < tokens.Count && tokens.EndOf(k) <= time.Span.Start)
                    k++;
                for (var j = k; j < tokens.Count && tokens.StartOf(j) < time.Span.End; j++)
                    _inTime[j] = true;
            }
        }
    }

    public static ImmutableArray<Amount> Read(TokenSeq tokens, AmountLanguage language, ImmutableArray<TimeExpression> times, string stage, ImmutableArray<WordTag> tags = default)
    {
        var reader = new AmountReader(tokens, language, times, tags);
        var result = ImmutableArray.CreateBuilder<Amount>();
        for (var i = 0; i < tokens.Count;)
        {
            var found = reader._inTime[i] ? null
                : tokens.Kind(i) == TokenKind.Number ? reader.Digits(i)
                : tokens.Kind(i) == TokenKind.Word ? reader.Words(i)
                : null;
            if (found is null)
            {
                i++;
                continue;
            }
            var (amount, end) = found.Value;
            result.Add(amount with { Provenance = amount.Provenance with { Stage = stage } });
            i = Math.Max(end, i + 1);
            reader._floor = i;
        }
        return result.DrainToImmutable();
    }

    /// <summary>A number in digits: 5’000, 2,5 milioni, $3.2bn, 40%, 5 000 euro.</summary>
    private (Amount, int)? Digits(int i)
    {
        var surface = _t.Surface(i);
        var numberLength = 0;
        while (numberLength < surface.Length && (char.IsAsciiDigit(surface[numberLength]) || LocaleNumber.IsSeparator(surface[numberLength])))
            numberLength++;
        while (numberLength > 0 && !char.IsAsciiDigit(surface[numberLength - 1]))
            numberLength--;
        var suffix = surface[numberLength..].ToString();
        AmountWord[]? glued = null;
        if (suffix.Length > 0 && !_lang.Suffixes.TryGetValue(suffix, out glued))
            return null; // 20th, 1990s, 3pm, 5G: not an amount
        var raw = surface[..numberLength].ToString();
        var end = i + 1;
        // "5 000": groups of three digits written with spaces.
        while (suffix.Length == 0 && IsSpaceGroup(end, raw))
        {
            raw += " " + _t.Surface(end).ToString();
            end++;
        }
        if (!LocaleNumber.TryParse(raw, _lang.Convention, out var value))
            return null;
        if (JoinedToNumber(i - 1, before: true) || JoinedToNumber(end, before: false))
            return null; // 2-1, 24/7, 3-5: scores, ratios, ranges and codes
        var plainInteger = raw.All(char.IsAsciiDigit);
        if (plainInteger && suffix.Length == 0 && LooksLikeModelNumber(i))
            return null;
        var start = i;
        if (i - 1 >= _floor && (_t.IsChar(i - 1, '-') || _t.IsChar(i - 1, '−')) && _t.GluedToPrevious(i) && !_t.GluedToPrevious(i - 1))
        {
            value = -value;
            start = i - 1;
        }
        string? unit = null;
        var moneyMultiplier = false;
        decimal factor = 1;
        if (UnitBefore(start, out var unitStart, out var before))
        {
            unit = before;
            start = unitStart;
        }
        if (glued is not null)
        {
            var multiplier = glued.FirstOrDefault(g => g.Kind == AmountWordKind.Multiplier && (g.Unit != "money" || unit is { Length: 3 }));
            if (multiplier is not null)
            {
                factor = multiplier.Factor;
                moneyMultiplier = true;
            }
            else if (glued.FirstOrDefault(g => g.Kind == AmountWordKind.Unit) is { } gluedUnit)
                unit ??= gluedUnit.Unit;
            else
                return null;
        }
        var hasMultiplier = moneyMultiplier;
        if (!hasMultiplier && Lexicon(end, AmountWordKind.Multiplier) is { } word)
        {
            factor = word.Word.Factor;
            end = word.End;
            hasMultiplier = true;
        }
        var unitEnd = end;
        if (hasMultiplier && _lang.OfWords.Contains(_t.Norm(end)))
            unitEnd = end + 1;
        if (unit is null && Lexicon(unitEnd, AmountWordKind.Unit) is { } after && after.Word.Place != UnitPlace.Before)
        {
            unit = after.Word.Unit;
            end = after.End;
        }
        var counted = unit is null ? Counted(hasMultiplier && _lang.OfWords.Contains(_t.Norm(end)) ? end + 1 : end) : null;
        var rule = hasMultiplier ? "digits-multiplier" : "digits";
        return (Make(start, end, Normalized(value * factor), unit, counted, rule, plainInteger && unit is null && counted is null ? 0.7 : 0.95), end);
    }

    /// <summary>A number in words with something it counts or multiplies: cinque persone, due milioni di euro, twenty-one soldiers.</summary>
    private (Amount, int)? Words(int i)
    {
        if (!_lang.Numbers.TryRead(_t, i, out var words))
            return null;
        if (words.Weak && !words.HasScale)
            return null;
        if (i > 0 && _lang.Definite.Contains(_t.Norm(i - 1)))
            return null;
        var end = words.End;
        var value = words.Value;
        var hasMultiplier = words.HasScale;
        if (Lexicon(end, AmountWordKind.Multiplier) is { } multiplier)
        {
            value *= multiplier.Word.Factor;
            end = multiplier.End;
            hasMultiplier = true;
        }
        for (var k = i; k < end; k++)
        {
            if (_inTime[k])
                return null;
        }
        string? unit = null;
        var unitStart = hasMultiplier && _lang.OfWords.Contains(_t.Norm(end)) ? end + 1 : end;
        if (Lexicon(unitStart, AmountWordKind.Unit) is { } after && after.Word.Place != UnitPlace.Before)
        {
            unit = after.Word.Unit;
            end = after.End;
        }
        var counted = unit is null ? Counted(unitStart) : null;
        if (unit is null && counted is null && !hasMultiplier)
            return null;
        return (Make(i, end, Normalized(value), unit, counted, "words", 0.85), end);
    }

    /// <summary>The value without trailing zeros after the decimal mark (2.5 × 10^6 is 2500000, not 2500000.0).</summary>
    private static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;

    private Amount Make(int start, int end, decimal value, string? unit, TextSpan? counted, string rule, double confidence) =>
        new(new TextSpan(_t.StartOf(start), _t.EndOf(end - 1)), value, unit, new Provenance("", rule, confidence)) { Counted = counted };

    /// <summary>The noun phrase after a number: word tokens up to punctuation, a function word, a number or a time expression.</summary>
    private TextSpan? Counted(int first)
    {
        var k = first;
        while (k < _t.Count && k - first < MaxCountedWords && _t.IsWord(k) && !_inTime[k] && !_t.LineBreakBefore(k))
        {
            var norm = _t.Norm(k);
            if (_lang.StopWords.Contains(norm) || _lang.Numbers.TryReadWord(norm, out _))
                break;
            if (k > first && _lang.VerbEndings.Any(e => norm.Length >= e.Length + 2 && norm.EndsWith(e, StringComparison.Ordinal)))
                break;
            // 3 million iPhones sold, 40 people killed: a verb after the noun is what happened to them.
            if (k > first && !_tags.IsEmpty && _tags[k].Upos is "VERB" or "AUX")
                break;
            k++;
            if (_lang.NounCapitals && _t.IsCapitalized(k - 1))
                break;
        }
        return k > first ? new TextSpan(_t.StartOf(first), _t.EndOf(k - 1)) : null;
    }

    private bool IsSpaceGroup(int next, string raw)
    {
        if (next >= _t.Count || _inTime[next] || !_t.IsNumber(next))
            return false;
        // The next group: three digits, and the decimal part when it ends the number (1 500,50).
        var group = _t.Surface(next);
        if (group.Length < 3 || !char.IsAsciiDigit(group[0]) || !char.IsAsciiDigit(group[1]) || !char.IsAsciiDigit(group[2]) ||
            group.Length > 3 && !(group[3] == _lang.Convention.Decimal && group.Length > 4 && group[4..].ToString().All(char.IsAsciiDigit)))
            return false;
        var gap = _t.Text.AsSpan(_t.EndOf(next - 1), _t.StartOf(next) - _t.EndOf(next - 1));
        if (gap.Length != 1 || !(gap[0] == ' ' || LocaleNumber.IsGroupOnly(gap[0])))
            return false;
        // Only the first group may be short, and a decimal part ends the number.
        var lastGroup = raw.Length - Math.Max(raw.LastIndexOf(' '), -1) - 1;
        return raw.All(c => char.IsAsciiDigit(c) || c == ' ') && lastGroup <= 3;
    }

    private bool JoinedToNumber(int at, bool before)
    {
        if (at < 0 || at >= _t.Count || !(_t.IsDash(at) || _t.IsChar(at, '/')))
            return false;
        return before
            ? _t.GluedToPrevious(at + 1) && _t.GluedToPrevious(at) && _t.IsNumber(at - 1)
            : _t.GluedToPrevious(at) && _t.GluedToPrevious(at + 1) && _t.IsNumber(at + 1);
    }

    /// <summary>Boeing 787, Windows 11, #3: a plain integer right after a capitalized word that is not a unit.</summary>
    private bool LooksLikeModelNumber(int i)
    {
        if (i == 0)
            return false;
        if (_t.IsChar(i - 1, '#') || _t.IsChar(i - 1, '№'))
            return true;
        var previous = i - 1;
        if (!_t.IsWord(previous) || _t.IsSentenceStart(previous) || _t.LineBreakBefore(i))
            return false;
        // A name: capitalized, or with a capital inside (iPhone, eBay).
        var name = _t.Surface(previous);
        if (!name.ContainsAnyInRange('A', 'Z') && !char.IsUpper(name[0]))
            return false;
        if (_lang.StopWords.Contains(_t.Norm(previous)) || Lexicon(previous, AmountWordKind.Unit) is not null)
            return false;
        return !(_t.IsNumber(i + 1) || Lexicon(i + 1, AmountWordKind.Multiplier) is not null || Lexicon(i + 1, AmountWordKind.Unit) is not null);
    }

    /// <summary>A currency sign or code right before token <paramref name="start"/> (€ 5, $3bn, CHF 100).</summary>
    private bool UnitBefore(int start, out int unitStart, out string? unit)
    {
        unitStart = start;
        unit = null;
        for (var from = Math.Max(_floor, start - 3); from < start; from++)
        {
            _scratch.Clear();
            _lang.Words.MatchAt(_t, from, _scratch);
            foreach (var match in _scratch)
            {
                if (match.End == start && match.Payload.Kind == AmountWordKind.Unit && match.Payload.Place != UnitPlace.After && !_t.LineBreakBefore(start))
                {
                    unitStart = from;
                    unit = match.Payload.Unit;
                    return true;
                }
            }
        }
        return false;
    }

    private (AmountWord Word, int End)? Lexicon(int at, AmountWordKind kind)
    {
        if (at < 0 || at >= _t.Count || _t.LineBreakBefore(at) && at > 0)
            return null;
        _scratch.Clear();
        _lang.Words.MatchAt(_t, at, _scratch);
        (AmountWord, int)? best = null;
        foreach (var match in _scratch)
        {
            if (match.Payload.Kind == kind && (best is null || match.End > best.Value.Item2))
                best = (match.Payload, match.End);
        }
        return best;
    }
}

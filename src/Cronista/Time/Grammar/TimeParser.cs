using System.Collections.Immutable;
using System.Globalization;
using Cronista.Core;
using Cronista.Text;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

/// <summary>Reads the time expressions of one document: every rule proposes readings, the longest non-overlapping ones win.</summary>
/// <remarks>
/// Rules are language-neutral; what words mean comes from the language's <see cref="TimeLanguage"/>. Extents follow
/// TimeML: prepositions before an expression stay outside (nel, in, am, à), a definite article before a date, a
/// relative period or a modified duration is inside (il 15 agosto, la settimana scorsa, the past two years), range
/// openers are inside (dal 3 al 5 maggio, between 2010 and 2015). One instance per document; not thread-safe.
/// </remarks>
internal sealed partial class TimeParser
{
    private readonly TokenSeq _t;
    private readonly TimeLanguage _lang;
    private readonly HolidayCalendar _holidays;
    private readonly DateOnly? _anchor;
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly List<PhraseMatch<LexEntry>>?[] _lex;
    private readonly Dictionary<int, (Tense Tense, int Distance)> _tenses = [];
    // A forward-looking text (DocumentMetadata.ForwardLooking): every open date points ahead, and a bare weekday is never today.
    private readonly bool _forward;
    // The publication's time of day, when known: clock-relative expressions count from it.
    private readonly TimeOnly? _anchorTime;
    private readonly Parse?[] _datePoints;
    private readonly bool[] _datePointDone;
    private readonly Parse?[] _clocks;
    private readonly bool[] _clockDone;

    private TimeParser(TokenSeq tokens, TimeLanguage language, HolidayCalendar holidays, DateOnly? anchor, ImmutableArray<Sentence> sentences, bool forwardLooking, TimeOnly? anchorTime)
    {
        _forward = forwardLooking;
        _anchorTime = anchorTime;
        _t = tokens;
        _lang = language;
        _holidays = holidays;
        _anchor = anchor;
        _sentences = sentences.IsDefault ? [] : sentences;
        _lex = new List<PhraseMatch<LexEntry>>?[tokens.Count];
        var scratch = new List<PhraseMatch<LexEntry>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            scratch.Clear();
            language.Phrases.MatchAt(tokens, i, scratch);
            if (scratch.Count > 0)
                _lex[i] = [.. scratch];
        }
        _datePoints = new Parse?[tokens.Count];
        _datePointDone = new bool[tokens.Count];
        _clocks = new Parse?[tokens.Count];
        _clockDone = new bool[tokens.Count];
    }

    /// <summary>The time expressions of a text, in text order, never overlapping.</summary>
    public static ImmutableArray<TimeExpression> Read(
        TokenSeq tokens, TimeLanguage language, HolidayCalendar holidays, DateOnly? anchor, ImmutableArray<Sentence> sentences, string stage,
        bool forwardLooking = false, TimeOnly? anchorTime = null)
    {
        if (tokens.Count == 0)
            return [];
        var parser = new TimeParser(tokens, language, holidays, anchor, sentences, forwardLooking, anchorTime);
        var chosen = parser.AheadOfTheClock(parser.Refer(Choose(parser.Candidates())));
        var result = ImmutableArray.CreateBuilder<TimeExpression>(chosen.Count);
        foreach (var parse in chosen)
        {
            result.Add(Express(tokens, parse, stage, language.Stretches) with { Parts = [.. parse.Parts.Select(part => Express(tokens, part, stage, language.Stretches))] });
        }
        return result.DrainToImmutable();
    }

    private static TimeExpression Express(TokenSeq tokens, Parse parse, string stage, PeriodStretches stretches) =>
        new(new TextSpan(tokens.StartOf(parse.Start), tokens.EndOf(parse.End - 1)), parse.Type, parse.TimexValue(), new Provenance(stage, parse.Rule, parse.Confidence))
        {
            Mod = parse.Mod,
            TimeZone = parse.Zone,
            Interval = parse.Interval ?? (parse.TimexValue() is { } value && value.Contains('/') ? value : StretchOf(parse, stretches)),
        };

    private List<Parse> Candidates()
    {
        var all = new List<Parse>();
        for (var i = 0; i < _t.Count; i++)
        {
            if (_t.Kind(i) is TokenKind.Punctuation && !_t.IsChar(i, '\''))
                continue;
            Add(all, DatePoint(i));
            Add(all, ModifiedPeriod(i));
            Add(all, ClockAt(i));
            Add(all, DateWithTime(i));
            Add(all, Range(i));
            Add(all, StartAndLength(i));
            Add(all, DayWithTimeRange(i));
            Add(all, TheWeekend(i));
            Add(all, Duration(i));
            Add(all, Set(i));
            Add(all, Vague(i));
            Add(all, AgoOrLater(i));
            Add(all, PartOfDay(i));
            Add(all, ReportPeriod(i));
            Add(all, ReportYear(i));
            Add(all, ThatYear(i));
            Add(all, QualifiedQuarter(i));
            Add(all, MonthHalf(i));
        }
        for (var k = 0; k < all.Count; k++)
            all[k] = WithModifierAndArticle(all[k]);
        return all;
    }

    private static void Add(List<Parse> list, Parse? parse)
    {
        if (parse is not null && parse.End > parse.Start)
            list.Add(parse);
    }

    /// <summary>Longest readings first; ties go to the higher priority, then to the earlier one.</summary>
    private static List<Parse> Choose(List<Parse> candidates)
    {
        candidates.Sort((a, b) =>
            a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Start.CompareTo(b.Start));
        var taken = new List<Parse>();
        foreach (var candidate in candidates)
        {
            var overlaps = false;
            foreach (var other in taken)
            {
                if (candidate.Start < other.End && other.Start < candidate.End)
                {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps)
                taken.Add(candidate);
        }
        taken.Sort((a, b) => a.Start.CompareTo(b.Start));
        return taken;
    }

    /// <summary>Takes an adjacent modifier (circa, more than) and, where TimeML does, the article before it into the extent.</summary>
    private Parse WithModifierAndArticle(Parse parse)
    {
        if (parse.Type is TimexType.DURATION or TimexType.TIME || parse.Type == TimexType.DATE && parse.Date?.Precision is DatePrecision.Year or DatePrecision.Decade)
        {
            foreach (var match in EndingAt(parse.Start, LexKind.Approx))
            {
                parse = parse with { Start = match.Start, Mod = parse.Mod ?? match.Payload.Value };
                break;
            }
        }
        // "the first nine months": TimeML's extent takes the word, the value stays.
        if (parse.Start > 0 && (parse.Type == TimexType.DURATION || parse.Rule == "relative-period"))
        {
            foreach (var match in EndingAt(parse.Start, LexKind.Lead))
            {
                if (match.Payload.Value == parse.Type.ToString())
                {
                    parse = parse with { Start = match.Start };
                    break;
                }
            }
        }
        if (parse.TakesDeterminer && parse.Start > 0)
        {
            foreach (var match in EndingAt(parse.Start, LexKind.Determiner))
            {
                parse = parse with { Start = match.Start };
                break;
            }
        }
        // "prima di marzo", "after 2 pm", "ab Montag": a point open on one side keeps its value and takes BEFORE or AFTER; the
        // word stays outside, as TimeML leaves signals.
        if (parse.Mod is null && parse.Parts.Count == 0 && (parse.Date is not null || parse.Clock is not null) && parse.Type is TimexType.DATE or TimexType.TIME)
        {
            foreach (var match in EndingAt(parse.Start, LexKind.OpenBound))
            {
                // "three days after Easter", "twenty after 3", "the day after tomorrow": an amount before the word counts from the point.
                // So does a weekday: "the Tuesday after Christmas".
                if (match.Start > 0 && (Count(match.Start - 1, out _, out _, out _) || Is(match.Start - 1, LexKind.Unit) || Is(match.Start - 1, LexKind.Weekday)))
                    break;
                parse = parse with { Mod = match.Payload.Value };
                break;
            }
            // "11 Uhr spätestens", "16h au plus tard": a few of the words (strict rows) may follow the point instead.
            if (parse.Mod is null && Lex(parse.End, LexKind.OpenBound, out var trailing, out _) && trailing.Strict && !_t.LineBreakBefore(parse.End))
                parse = parse with { Mod = trailing.Value };
        }
        return parse;
    }

    /// <summary>Dictionary phrases of a kind that end right before token <paramref name="end"/> on the same line.</summary>
    private IEnumerable<PhraseMatch<LexEntry>> EndingAt(int end, LexKind kind)
    {
        for (var start = end - 1; start >= Math.Max(0, end - 4); start--)
        {
            if (_lex[start] is not { } matches)
                continue;
            foreach (var match in matches)
            {
                if (match.End == end && match.Payload.Kind == kind && !_t.LineBreakBefore(end))
                    yield return match;
            }
        }
    }

    // ---- Dictionary look-ups ----

    /// <summary>The longest phrase of a kind starting at token i.</summary>
    private bool Lex(int i, LexKind kind, out LexEntry entry, out int end)
    {
        entry = null!;
        end = i;
        if (i < 0 || i >= _t.Count || _lex[i] is not { } matches)
            return false;
        foreach (var match in matches)
        {
            if (match.Payload.Kind == kind && match.End > end)
            {
                entry = match.Payload;
                end = match.End;
            }
        }
        return end > i;
    }

    private bool Lex(int i, LexKind kind, out int end) => Lex(i, kind, out _, out end);

    private bool Is(int i, LexKind kind) => Lex(i, kind, out _, out _);

    /// <summary>Skips an article at token i.</summary>
    private int SkipDeterminer(int i) => Lex(i, LexKind.Determiner, out var end) ? end : i;

    /// <summary>True when token i is a phrase of a kind that ends right before token <paramref name="before"/>.</summary>
    private bool Precedes(int before, LexKind kind) => EndingAt(before, kind).Any();

    // ---- Numbers ----

    /// <summary>A token of plain digits (no separators, no letters): its value and digit count.</summary>
    private bool Int(int i, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        if (!_t.IsNumber(i))
            return false;
        var surface = _t.Surface(i);
        if (surface.Length > 9)
            return false;
        foreach (var c in surface)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        digits = surface.Length;
        value = int.Parse(surface, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>A count before a unit: digits (2, 2,5), number words (tre, twenty-four), an article-like one (un, a) or a vague few (X).</summary>
    private bool Count(int i, out decimal? value, out bool weak, out int end)
    {
        value = null;
        weak = false;
        end = i;
        if (i >= _t.Count)
            return false;
        if (Lex(i, LexKind.Few, out var few, out end))
        {
            value = few.Number > 0 ? few.Number : null;
            return true;
        }
        if (Fraction(i, out var part, out var afterPart))
        {
            (value, end) = (part, afterPart);
            return true;
        }
        if (_t.IsNumber(i))
        {
            if (Amounts.Numbers.LocaleNumber.TryParse(_t.Surface(i), _lang.Convention, out var number) && number < 100000)
            {
                value = number;
                end = i + 1;
                // "5 1/2 hours": a whole number and a fraction.
                if (number == decimal.Truncate(number) && !_t.LineBreakBefore(end) && Fraction(end, out var half, out var afterHalf) && half < 1)
                    (value, end) = (number + half, afterHalf);
                return true;
            }
            return false;
        }
        // "million last year", "billion a year ago": a scale word belongs to money, not to an amount of time.
        if (_t.IsWord(i) && _lang.Numbers.TryRead(_t, i, out var words) && !words.HasScale)
        {
            value = words.Value;
            weak = words.Weak;
            end = words.End;
            return true;
        }
        return false;
    }

    /// <summary>A fraction written with a slash, as one token or three glued ones: 1/2, 3/4.</summary>
    private bool Fraction(int i, out decimal value, out int end)
    {
        value = 0;
        end = i;
        var surface = i < _t.Count ? _t.Surface(i) : "";
        int top, bottom;
        if (surface.Length == 3 && char.IsAsciiDigit(surface[0]) && surface[1] == '/' && char.IsAsciiDigit(surface[2]))
            (top, bottom, end) = (surface[0] - '0', surface[2] - '0', i + 1);
        else if (Int(i, out top, out var topDigits) && topDigits == 1 && _t.IsChar(i + 1, '/') && _t.GluedToPrevious(i + 1) &&
                 Int(i + 2, out bottom, out var bottomDigits) && bottomDigits == 1 && _t.GluedToPrevious(i + 2))
            end = i + 3;
        else
            return false;
        if (bottom is not (2 or 3 or 4) || top <= 0 || top >= bottom)
            return false;
        value = (decimal)top / bottom;
        return true;
    }

    /// <summary>A day of the month: 15, 15th, 1er, 1º, 1°, German "15.", or an ordinal word (primo, first).</summary>
    private bool DayNumber(int i, out int day, out int end)
    {
        day = 0;
        end = i;
        if (Lex(i, LexKind.Ordinal, out var ordinal, out end))
        {
            day = ordinal.Number;
            return day is >= 1 and <= 31 && !ordinal.Strict;
        }
        // A day in words (le quinze juillet, du treize au 15 juillet), only right before its month or a range word.
        if (_t.IsWord(i) && _lang.Numbers.TryRead(_t, i, out var words) && !words.Weak && words.Value is >= 1 and <= 31 && words.Value == decimal.Truncate(words.Value) &&
            (Is(words.End, LexKind.Month) || Is(words.End, LexKind.RangeTo) || Is(words.End, LexKind.RangeAnd)))
        {
            (day, end) = ((int)words.Value, words.End);
            return true;
        }
        if (!_t.IsNumber(i))
            return false;
        var surface = _t.Surface(i);
        var digits = 0;
        while (digits < surface.Length && char.IsAsciiDigit(surface[digits]))
            digits++;
        if (digits is 0 or > 2)
            return false;
        day = int.Parse(surface[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
        if (day is < 1 or > 31)
            return false;
        end = i + 1;
        if (digits < surface.Length)
            return IsOrdinalEnding(TextFold.Fold(surface[digits..]));
        if (_t.IsChar(end, '°') && _t.GluedToPrevious(end))
            end++;
        else if (_lang.OrdinalDot && _t.IsChar(end, '.') && _t.GluedToPrevious(end))
            end++;
        return true;
    }

    private static bool IsOrdinalEnding(string ending) =>
        ending is "st" or "nd" or "rd" or "th" or "er" or "re" or "e" or "eme" or "o" or "a" or "º" or "ª" or "te" or "ten" or "ter" or "tes";

    /// <summary>A four-digit year token, 1000–2999.</summary>
    private bool YearNumber(int i, out int year)
    {
        year = 0;
        if (!Int(i, out var value, out var digits) || digits != 4 || value is < 1000 or > 2999)
            return false;
        // Part of a longer number or code: 2024-001, 1910-45 is handled as a range.
        if (_t.IsChar(i - 1, '-') && _t.GluedToPrevious(i) && _t.IsNumber(i - 2))
            return false;
        year = value;
        return true;
    }

    /// <summary>True when the word at i is likely a noun: not a function word, not punctuation, lower case (any case in German).</summary>
    private bool IsContentWord(int i) =>
        _t.IsWord(i) && (_lang.CapitalizedNouns || !_t.IsCapitalized(i)) && !_lang.FunctionWords.Contains(_t.Norm(i)) && _lex[i] is null;

    // ---- Anchoring ----

    private (int First, int End) SentenceAround(int i)
    {
        int low = 0, high = _sentences.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = _sentences[middle];
            if (i < sentence.FirstToken)
                high = middle - 1;
            else if (i >= sentence.EndToken)
                low = middle + 1;
            else
                return (sentence.FirstToken, sentence.EndToken);
        }
        return (0, _t.Count);
    }

    /// <summary>A day whose date the document cannot tell (a relative day without a publication date).</summary>
    private static readonly TimexDate UnknownDay = new(DatePrecision.Day, null);

    private TimexDate AnchoredDay(int offset) => _anchor is { } a ? TimexDate.Of(a.AddDays(offset)) : UnknownDay;

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

using System.Collections.Frozen;
using System.Globalization;
using Cronista.Amounts.Numbers;
using Cronista.Core;
using Cronista.Text;
using Cronista.Time.Calendar;

namespace Cronista.Time.Lexicon;

/// <summary>The order of day and month in numeric dates.</summary>
internal enum DateOrder { DayMonthYear, MonthDayYear }

/// <summary>One language's time vocabulary and conventions, read once from <c>Time/Languages/&lt;iso&gt;/</c>.</summary>
internal sealed class TimeLanguage
{
    /// <summary>The data files read for every language; each row is "phrase, KIND, value, flags".</summary>
    private static readonly string[] Files = ["calendar.tsv", "relative.tsv", "clock.tsv", "holidays.tsv", "grammar.tsv", "tense.tsv"];

    private readonly List<(string Id, string Where)> _holidays = [];

    /// <summary>Endings added to every ordinal row (German n, r, s, m).</summary>
    private string[] _ordinalEndings = [];

    private TimeLanguage(string code) => Code = code;

    public string Code { get; }

    public PhraseLexicon<LexEntry> Phrases { get; } = new();

    /// <summary>Verb endings that mark the future tense (-rà, -ront).</summary>
    public string[] FutureEndings { get; private set; } = [];

    /// <summary>Verb endings that mark the past tense (-ed), longest first; Past is false for endings that only look so (-eed).</summary>
    public (string Ending, bool Past)[] PastEndings { get; private set; } = [];

    /// <summary>How far from a date its verb may stand (in tokens): the old six-token window for languages whose data list only
    /// future forms, farther where past forms stop the search at the nearest verb.</summary>
    public int TenseReach { get; private set; } = 6;

    /// <summary>Single-word entries by folded form, for splitting compounds (Montagabend).</summary>
    public FrozenDictionary<string, LexEntry[]> Words { get; private set; } = FrozenDictionary<string, LexEntry[]>.Empty;

    public NumberWords Numbers { get; private set; } = NumberWords.Empty;

    /// <summary>Where parts of the day and the start, middle or end of a period lie (the hours of "en fin de matinée").</summary>
    public PeriodStretches Stretches { get; private set; } = null!;

    public NumberConvention Convention { get; private set; } = NumberConvention.Continental;

    /// <summary>Function words (articles, prepositions, auxiliaries …): a word not in it may be the noun a number counts.</summary>
    public FrozenSet<string> FunctionWords { get; private set; } = FrozenSet<string>.Empty;

    public DateOrder DateOrder { get; private set; } = DateOrder.DayMonthYear;

    /// <summary>True when words join into compounds the rules should split (German Montagabend).</summary>
    public bool Compounds { get; private set; }

    /// <summary>True when a day number takes a dot (German "15. August").</summary>
    public bool OrdinalDot { get; private set; }

    /// <summary>True when dates are also written with spaces, day month year (French "20 02 2014").</summary>
    public bool SpacedDates { get; private set; }

    /// <summary>True when a cue alone makes a bare number an hour (Italian "alle 15").</summary>
    public bool BareHours { get; private set; }

    /// <summary>Calendars start the week on Sunday (US English): "the week of October 6th", a Sunday, is the week it opens.</summary>
    public bool WeekStartsSunday { get; private set; }

    /// <summary>Clock times are said on the 12-hour clock without saying the half of the day (English "3:30", German "um halb 4"
    /// for 15:30), so that in an agenda an hour already past may still come this afternoon.</summary>
    public bool TwelveHourClock { get; private set; }

    /// <summary>Only hours said in words are on the twelve-hour clock (German: "3 Uhr", "halb 4"); one written with a colon is
    /// on the 24-hour clock. Setting value "spoken".</summary>
    public bool TwelveHourSpokenOnly { get; private set; }

    /// <summary>True when nouns are capitalized (German), so capitals say nothing about a word being a name.</summary>
    public bool CapitalizedNouns { get; private set; }

    /// <summary>The ending that turns a number into a decade (German "90er"), or null.</summary>
    public string? DecadeEnding { get; private set; }

    public static TimeLanguage Load(string code, TokenizationRules tokenization, IEnumerable<(string Phrase, LexEntry Entry, PhraseFlags Flags)> shared)
    {
        var language = new TimeLanguage(code);
        IReadOnlyList<string> Tokenize(string phrase) =>
            [.. Tokenizer.Tokenize(phrase, tokenization).Select(t => phrase.Substring(t.Span.Start, t.Span.Length))];
        var endings = new List<string>();
        var pastEndings = new List<(string Ending, bool Past)>();
        var ordinals = new List<(string Phrase, LexEntry Entry, PhraseFlags Flags)>();
        var words = new Dictionary<string, List<LexEntry>>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            foreach (var row in ResourceFiles.ReadLanguageRows("Time", code, file))
            {
                var where = $"Time/Languages/{code}/{file}";
                var (entry, flags) = ParseRow(row, where);
                if (entry.Kind == LexKind.FutureCue && row[0].StartsWith('-'))
                {
                    endings.Add(TextFold.Fold(row[0].AsSpan(1)));
                    continue;
                }
                if (entry.Kind == LexKind.PastCue && row[0].StartsWith('-'))
                {
                    pastEndings.Add((TextFold.Fold(row[0].AsSpan(1)), entry.Value != "NOT"));
                    continue;
                }
                language.Phrases.Add(row[0], entry, flags, Tokenize);
                if (entry.Kind == LexKind.Ordinal)
                    ordinals.Add((row[0], entry, flags));
                if (entry.Kind == LexKind.Holiday)
                    language._holidays.Add((entry.Value, where));
                if (!row[0].Contains(' ') && !row[0].Contains('[') && !row[0].Contains('\''))
                {
                    var key = TextFold.Fold(row[0].TrimEnd('.'));
                    if (!words.TryGetValue(key, out var list))
                        words[key] = list = [];
                    list.Add(entry);
                }
            }
        }
        foreach (var (phrase, entry, flags) in shared)
            language.Phrases.Add(phrase, entry, flags, Tokenize);
        language.FutureEndings = [.. endings];
        language.PastEndings = [.. pastEndings.OrderByDescending(e => e.Ending.Length)];
        language.Words = words.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        language.Numbers = NumberWords.Load(code);
        language.Stretches = PeriodStretches.Load(code);
        language.Convention = NumberConvention.Load(code);
        language.FunctionWords = ResourceFiles.ReadLanguageLines("Amounts", code, "stopwords.txt")
            .Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadLanguageRows("Time", code, "settings.tsv"))
            language.Apply(row, $"Time/Languages/{code}/settings.tsv");
        // German ordinals decline (fünfte, fünften, fünfter, fünftes, fünftem): the data lists one form, the setting the endings.
        foreach (var (phrase, entry, flags) in ordinals)
        {
            foreach (var ending in language._ordinalEndings)
                language.Phrases.Add(phrase + ending, entry, flags, Tokenize);
        }
        return language;
    }

    /// <summary>Fails when a holiday phrase names an id the calendar has no rule for.</summary>
    public void CheckHolidays(HolidayCalendar calendar)
    {
        foreach (var (id, where) in _holidays)
        {
            if (!calendar.Knows(id))
                throw new FormatException($"{where}: holiday '{id}' has no rule; add it to Time/Data/holidays.tsv.");
        }
    }

    private void Apply(string[] row, string where)
    {
        var value = row.Length > 1 ? row[1] : "";
        switch (row[0])
        {
            case "date-order":
                DateOrder = value switch
                {
                    "DMY" => DateOrder.DayMonthYear,
                    "MDY" => DateOrder.MonthDayYear,
                    _ => throw new FormatException($"{where}: date-order '{value}' is unknown; use DMY or MDY."),
                };
                break;
            case "compounds":
                Compounds = value == "true";
                break;
            case "ordinal-dot":
                OrdinalDot = value == "true";
                break;
            case "bare-hours":
                BareHours = value == "true";
                break;
            case "week-start":
                WeekStartsSunday = value switch
                {
                    "sunday" => true,
                    "monday" => false,
                    _ => throw new FormatException($"{where}: week-start '{value}' is unknown; use monday or sunday."),
                };
                break;
            case "twelve-hour-clock":
                TwelveHourClock = value is "true" or "spoken";
                TwelveHourSpokenOnly = value == "spoken";
                break;
            case "capitalized-nouns":
                CapitalizedNouns = value == "true";
                break;
            case "spaced-dates":
                SpacedDates = value == "true";
                break;
            case "ordinal-endings":
                _ordinalEndings = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                break;
            case "tense-reach":
                TenseReach = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                break;
            case "decade-ending":
                DecadeEnding = value.Length > 0 ? value : null;
                break;
            default:
                throw new FormatException($"{where}: setting '{row[0]}' is unknown; known: date-order, compounds, ordinal-dot, ordinal-endings, spaced-dates, decade-ending, bare-hours, capitalized-nouns, week-start, twelve-hour-clock, tense-reach.");
        }
    }

    /// <summary>Reads "phrase, KIND, value, flags"; value is a number for kinds that carry one.</summary>
    public static (LexEntry Entry, PhraseFlags Flags) ParseRow(string[] row, string where)
    {
        if (row.Length < 2 || !Enum.TryParse<LexKind>(row[1], ignoreCase: false, out var kind))
            throw new FormatException($"{where}: row '{string.Join(" | ", row)}' needs a phrase and a kind ({string.Join(", ", Enum.GetNames<LexKind>())}), separated by a tab.");
        var value = row.Length > 2 && row[2] != "-" ? row[2] : "";
        var number = 0;
        if (value.Length > 0 && (value[0] == '-' || char.IsAsciiDigit(value[0])) && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            number = parsed;
        var flags = PhraseFlags.None;
        bool plural = false, strict = false, before = false, ahead = false, withDay = false;
        if (row.Length > 3)
        {
            foreach (var flag in row[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                switch (flag)
                {
                    case "plural": plural = true; break;
                    case "strict": strict = true; break;
                    case "before": before = true; break;
                    case "ahead": ahead = true; break;
                    case "withday": withDay = true; break;
                    case "cased": flags |= PhraseFlags.Cased; break;
                    case "cap": flags |= PhraseFlags.Capitalized; break;
                    case "lower": flags |= PhraseFlags.Lower; break;
                    default: throw new FormatException($"{where}: flag '{flag}' is unknown; use plural, strict, before, ahead, withday, cased, cap or lower.");
                }
            }
        }
        // Part-of-day rows carry the code and, for phrases that name the day too, its offset: "MO 0".
        if (kind == LexKind.PartOfDay && value.Contains(' '))
        {
            var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            value = parts[0];
            number = int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            strict = true; // strict here marks "the phrase names its day"
        }
        return (new LexEntry(kind, value, number, plural, strict, before, ahead, withDay), flags);
    }
}

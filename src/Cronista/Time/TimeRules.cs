using System.Collections.Frozen;
using Cronista.Core;
using Cronista.Text;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time;

/// <summary>Time vocabulary for every supported language and the holiday calendar, loaded once and shared by all threads.</summary>
internal sealed class TimeRules
{
    private readonly FrozenDictionary<string, TimeLanguage> _languages;
    private readonly TimeLanguage _fallback;

    public TimeRules(TokenizationRuleSet tokenization)
    {
        var zones = ResourceFiles.ReadRows("Time/Data/timezones.tsv")
            .Select(row => (row[0], new LexEntry(LexKind.TimeZone, row[1], 0, false, false), PhraseFlags.Cased))
            .ToArray();
        _languages = SupportedLanguages.All.ToFrozenDictionary(l => l, l => TimeLanguage.Load(l, tokenization.For(l), zones));
        _fallback = TimeLanguage.Load(SupportedLanguages.Undetermined, tokenization.For(null), zones);
        Holidays = HolidayCalendar.Load();
        foreach (var language in _languages.Values)
            language.CheckHolidays(Holidays);
    }

    public HolidayCalendar Holidays { get; }

    /// <summary>The vocabulary of a language, or one that only knows numbers and time zones.</summary>
    public TimeLanguage For(string? language) =>
        language is not null && _languages.TryGetValue(language, out var rules) ? rules : _fallback;
}

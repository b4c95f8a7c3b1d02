using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Times of day: alle 15:30, at 3 p.m., um 15 Uhr, à 15h30, parts of the day, and dates with a time.
internal sealed partial class TimeParser
{
    /// <summary>A clock time at token i (without a date of its own), computed once per token.</summary>
    private Parse? ClockAt(int i)
    {
        if (i < 0 || i >= _t.Count)
            return null;
        if (!_clockDone[i])
        {
            _clockDone[i] = true;
            _clocks[i] = Clock(i);
            // halb vier, midi et quart: the longer reading, with the minutes in words.
            if (MinuteClock(i) is { } minutes && minutes.End > (_clocks[i]?.End ?? i))
                _clocks[i] = minutes;
            if (RunTogetherClock(i) is { } runTogether && runTogether.End > (_clocks[i]?.End ?? i))
                _clocks[i] = runTogether;
        }
        return _clocks[i];
    }

    /// <summary>15:30, 15h30, 3pm, 15 Uhr, 3 p.m., 15 heures 30, mezzogiorno, and "alle 15" after a clock preposition; with an optional zone (CET, ora italiana).</summary>
    private Parse? Clock(int j)
    {
        int hour, minute = 0, second = -1, end;
        string? meridiem = null;
        var explicitForm = false;
        var dotted = false;
        var wordHour = false;
        if (Lex(j, LexKind.ClockWord, out var word, out end))
        {
            hour = int.Parse(word.Value.AsSpan(0, 2), CultureInfo.InvariantCulture);
            minute = int.Parse(word.Value.AsSpan(3, 2), CultureInfo.InvariantCulture);
            explicitForm = true;
        }
        else if (_t.IsNumber(j))
        {
            var surface = TextFold.Fold(_t.Surface(j));
            end = j + 1;
            if (CompactClock(surface, out hour, out minute, out meridiem))
                explicitForm = true;
            else if (DottedClock(surface, out hour, out minute))
                dotted = true;
            else if (Int(j, out hour, out var digits) && digits <= 2)
            {
                if (_t.IsChar(end, ':') && _t.GluedToPrevious(end) && _t.GluedToPrevious(end + 1) && _t.IsNumber(end + 1))
                {
                    var minutes = TextFold.Fold(_t.Surface(end + 1));
                    if (minutes.Length < 2 || !char.IsAsciiDigit(minutes[0]) || !char.IsAsciiDigit(minutes[1]))
                        return null;
                    minute = (minutes[0] - '0') * 10 + (minutes[1] - '0');
                    // "18:30h": the hour's letter after the minutes says nothing more.
                    if (minutes.Length > 2 && minutes[2..] != "h")
                    {
                        meridiem = MeridiemEnding(minutes[2..]);
                        if (meridiem is null)
                            return null;
                    }
                    end += 2;
                    explicitForm = true;
                    if (_t.IsChar(end, ':') && _t.GluedToPrevious(end) && Int(end + 1, out var s, out var sd) && sd == 2 && _t.GluedToPrevious(end + 1))
                    {
                        second = s;
                        end += 2;
                    }
                }
            }
            else
                return null;
        }
        else if (_t.IsWord(j) && _lang.Numbers.TryRead(_t, j, out var words) && !words.Weak && words.Value is >= 1 and <= 24 && words.Value == decimal.Truncate(words.Value))
        {
            hour = (int)words.Value;
            end = words.End;
            wordHour = true;
        }
        else
            return null;
        if (hour > 24 || minute > 59 || second > 59)
            return null;
        var suffixed = false;
        if (!_t.LineBreakBefore(end) && Lex(end, LexKind.ClockSuffix, out var afterSuffix))
        {
            suffixed = true;
            end = afterSuffix;
            if (!explicitForm && !dotted && Int(end, out var mm, out var md) && md == 2 && mm < 60 && !_t.LineBreakBefore(end) && !Is(end + 1, LexKind.Unit))
            {
                minute = mm;
                end++;
            }
        }
        if (meridiem is null && !_t.LineBreakBefore(end) && Lex(end, LexKind.Meridiem, out var marker, out var afterMarker))
        {
            meridiem = marker.Value;
            end = afterMarker;
        }
        // "15:20 del pomeriggio": a 24-hour clock already says which half of the day.
        if (meridiem is not null && hour > 12)
            meridiem = "PM";
        if (meridiem == "PM" && hour < 12)
            hour += 12;
        else if (meridiem == "AM" && hour == 12)
            hour = 0;
        // "alle 15", and "à environ 15 heures", "um ca. 15 Uhr" with a modifier between cue and hour.
        var cue = ClockCueBefore(j) || EndingAt(j, LexKind.Approx).Any(a => ClockCueBefore(a.Start));
        // A bare hour after a cue ("alle 15") only where the language writes hours that way, and never before a percent sign.
        var bareHour = cue && _lang.BareHours && !wordHour && !_t.IsChar(end, '%') && (dotted || !IsContentWord(end) && !Is(end, LexKind.Unit));
        var accepted = explicitForm || suffixed || meridiem is not null || bareHour || dotted && cue;
        if (!accepted || dotted && !cue && !suffixed && meridiem is null)
            return null;
        if (wordHour && !suffixed && meridiem is null)
            return null;
        string? zone = null;
        if (!_t.LineBreakBefore(end) && Lex(end, LexKind.TimeZone, out var tz, out var afterZone))
        {
            zone = Anchoring.ZoneOffset(tz.Value, _anchor);
            end = afterZone;
        }
        else if (_t.IsChar(end, ',') && !_t.LineBreakBefore(end + 1) && Lex(end + 1, LexKind.TimeZone, out tz, out afterZone))
        {
            // "à 15h30, heure de Paris"
            zone = Anchoring.ZoneOffset(tz.Value, _anchor);
            end = afterZone;
        }
        else if (_t.IsChar(end, '(') && Lex(end + 1, LexKind.TimeZone, out tz, out afterZone) && _t.IsChar(afterZone, ')'))
        {
            zone = Anchoring.ZoneOffset(tz.Value, _anchor);
            end = afterZone + 1;
        }
        return new Parse(j, end, TimexType.TIME, "clock")
        {
            Date = _anchor is { } a ? TimexDate.Of(a) : null,
            DayFromAnchor = true,
            Clock = new ClockTime(hour, minute, second),
            Zone = zone,
            HalfKnown = meridiem is not null || hour > 12 || hour == 0,
            // "15 heures" alone is more often an amount of time; after "à" it is a time of day.
            Priority = explicitForm || meridiem is not null || cue ? 2 : -1,
            Confidence = explicitForm ? 0.95 : 0.85,
        };
    }

    /// <summary>15h30, 15h, 15H00, 3pm, 10am, 3p.</summary>
    private static bool CompactClock(string surface, out int hour, out int minute, out string? meridiem)
    {
        hour = minute = 0;
        meridiem = null;
        var digits = 0;
        while (digits < surface.Length && char.IsAsciiDigit(surface[digits]))
            digits++;
        if (digits is 0 or > 2 || digits == surface.Length)
            return false;
        hour = int.Parse(surface.AsSpan(0, digits), CultureInfo.InvariantCulture);
        var rest = surface[digits..];
        // "18Uhr" written as one word.
        if (rest == "uhr")
            return hour <= 24;
        if (rest[0] == 'h')
        {
            var minutes = rest[1..];
            if (minutes.Length == 0)
                return true;
            if (minutes.Length != 2 || !minutes.All(char.IsAsciiDigit))
                return false;
            minute = int.Parse(minutes, CultureInfo.InvariantCulture);
            return true;
        }
        meridiem = MeridiemEnding(rest);
        return meridiem is not null && hour is >= 1 and <= 12;
    }

    private static string? MeridiemEnding(string ending) => ending switch
    {
        "am" or "a" => "AM",
        "pm" or "p" => "PM",
        _ => null,
    };

    /// <summary>15.30 (Italian and German write minutes after a dot): only a clock when a cue or suffix says so.</summary>
    private static bool DottedClock(string surface, out int hour, out int minute)
    {
        hour = minute = 0;
        var dot = surface.IndexOf('.');
        if (dot is < 1 or > 2 || surface.Length - dot - 1 != 2 || surface.IndexOf('.', dot + 1) >= 0)
            return false;
        if (!int.TryParse(surface.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out hour) ||
            !int.TryParse(surface.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out minute))
            return false;
        return hour <= 24 && minute <= 59;
    }

    /// <summary>A part of the day with its day: stamattina, tonight, ieri sera, Monday morning, heute Abend, la mattina del 15 agosto, Montagabend.</summary>
    private Parse? PartOfDay(int j)
    {
        // Phrases that name their day: stamattina, tonight, ce soir.
        if (Lex(j, LexKind.PartOfDay, out var anchored, out var end) && anchored.Strict)
            return PartOn(j, end, AnchoredDay(anchored.Number), anchored.Value, _anchor is null, "part-of-day");
        // questa sera, this evening, ce matin
        if (Lex(j, LexKind.Modifier, out var modifier, out var k) && modifier.Value == "THIS" && !modifier.Strict && Lex(k, LexKind.PartOfDay, out var part, out end) && !part.Strict)
            return PartOn(j, end, AnchoredDay(0), part.Value, _anchor is null, "part-of-day") with { TakesDeterminer = true };
        // la mattina del 15 agosto, the morning of August 15
        // morgens am 15. Februar, abends am Montag: a date cue may join them too.
        if (Lex(j, LexKind.PartOfDay, out part, out k) && !part.Strict && (Lex(k, LexKind.Of, out var afterOf) || Lex(k, LexKind.DateCue, out afterOf) && Is(k, LexKind.PartCue)) &&
            DatePoint(SkipDeterminer(afterOf)) is { Date.Precision: DatePrecision.Day, Value: null } day)
            return PartOn(j, day.End, day.Date, part.Value, day.Unresolved, "part-of-day") with { TakesDeterminer = true };
        // ieri sera, lunedì mattina, 15 febbraio mattina, domani in serata, lunedì nella mattinata
        if (DatePoint(j) is { Date.Precision: DatePrecision.Day, Value: null } date && !_t.LineBreakBefore(date.End))
        {
            var p = Lex(date.End, LexKind.PartCue, out var afterCue) ? SkipDeterminer(afterCue) : date.End;
            if (Lex(p, LexKind.PartOfDay, out part, out end) && !part.Strict)
                return PlacedPartOfDay(p, date) ?? PartOn(j, end, date.Date, part.Value, date.Unresolved, "part-of-day") with { TakesDeterminer = date.TakesDeterminer, ReferenceDays = date.ReferenceDays };
        }
        // in serata, nel pomeriggio, in the afternoon, am Abend, dans la soirée: a part of the day under discussion (Refer moves it
        // there from the publication day); the preposition stays outside, as TimeML leaves it. An article opening the sentence works
        // as the cue ("La sera, il premier …").
        var cued = Precedes(j, LexKind.PartCue) ||
            EndingAt(j, LexKind.Determiner).Any(article => Precedes(article.Start, LexKind.PartCue) || article.Start == SentenceAround(j).First);
        if (cued && Lex(j, LexKind.PartOfDay, out part, out end) && !part.Strict && !Is(end, LexKind.Of) && !Is(end, LexKind.DateCue))
            return PlacedPartOfDay(j) ?? PartOn(j, end, AnchoredDay(0), part.Value, _anchor is null, "part-of-day-under-discussion") with { OnReferenceDay = true, TakesDeterminer = true };
        return DayWithPartOfDayPart(j) ?? PlacedPartOfDay(j) ?? (_lang.Compounds ? CompoundPartOfDay(j) : null);
    }

    /// <summary>German compounds of a day and a part of it: Montagabend, Sonntagmorgen, gestern­abend.</summary>
    private Parse? CompoundPartOfDay(int j)
    {
        if (!_t.IsWord(j))
            return null;
        var norm = _t.Norm(j);
        for (var split = 3; split <= norm.Length - 3; split++)
        {
            if (!_lang.Words.TryGetValue(norm[..split], out var left) || !_lang.Words.TryGetValue(norm[split..], out var right))
                continue;
            var part = right.FirstOrDefault(e => e.Kind == LexKind.PartOfDay && !e.Strict);
            if (part is null)
                continue;
            foreach (var entry in left)
            {
                if (entry.Kind == LexKind.Weekday)
                {
                    var date = _anchor is { } a ? TimexDate.Of(Anchoring.Weekday(a, entry.Number, IsFutureSentence(j) ? Direction.Future : Direction.Past, strict: _forward)) : UnknownDay;
                    return PartOn(j, j + 1, date, part.Value, _anchor is null, "part-of-day");
                }
                if (entry.Kind == LexKind.RelativeDay)
                    return PartOn(j, j + 1, AnchoredDay(entry.Number), part.Value, _anchor is null, "part-of-day");
            }
        }
        return null;
    }

    /// <summary>"at 3 this afternoon" is 15:00: a part of the day after noon moves an hour that does not say its half.</summary>
    private static ClockTime? AfterNoonIf(string? part, Parse clock) =>
        part is "AF" or "EV" or "NI" && !clock.HalfKnown && clock.Clock is { Part: null, Hour: >= 1 and < 12 } c && !(part == "NI" && c.Hour < 5)
            ? c with { Hour = c.Hour + 12 }
            : clock.Clock;

    private static Parse PartOn(int start, int end, TimexDate? date, string part, bool unresolved, string rule) =>
        new(start, end, TimexType.TIME, rule) { Date = date, Clock = ClockTime.OfPart(part), Unresolved = unresolved, Priority = 1 };

    /// <summary>A day followed by a clock time, or a clock time followed by its day: il 15 agosto alle 15:30, domani alle 14, alle 19:30 di venerdì 20 settembre, stasera alle 20.</summary>
    private Parse? DateWithTime(int j)
    {
        Parse? day = null;
        if (DatePoint(j) is { Date.Precision: DatePrecision.Day, Value: null } date)
            day = date;
        if (PartOfDay(j) is { } part && (day is null || part.End > day.End))
            day = part;
        // "in seven days at 5 p.m.", "two days ago at noon": a day counted from now.
        if (day is null && AgoOrLater(j) is { Date.Precision: DatePrecision.Day, Value: null, Unresolved: false } counted)
            day = counted;
        if (day is not null && !_t.LineBreakBefore(day.End))
        {
            var k = day.End;
            if (_t.IsChar(k, ','))
                k++;
            // jeudi après 9h30, vendredi à partir de midi, domani dopo le 14: the time is open on one side.
            var bound = OpenBoundBeforeClock(k, out var afterBound);
            if (bound is not null)
                k = afterBound;
            var cued = Lex(k, LexKind.ClockCue, out var afterCue);
            if (cued || Lex(k, LexKind.DateCue, out afterCue))
                k = afterCue;
            // 2 mars à environ 5h, am 3. März gegen 18 Uhr
            if (Lex(k, LexKind.Approx, out var afterApprox) && ClockAt(afterApprox) is not null)
                k = afterApprox;
            if (ClockAt(k) is { } clock && !_t.LineBreakBefore(k))
            {
                // le 16 vers 6h dans la soirée: a part of the day after the clock time sets its half.
                var end = clock.End;
                if (day.Clock is null && Lex(end, LexKind.PartCue, out var afterClockCue) && Lex(SkipDeterminer(afterClockCue), LexKind.PartOfDay, out var half, out var afterHalf) &&
                    !half.Strict && !_t.LineBreakBefore(end))
                    (clock, end) = (clock with { Clock = AfterNoonIf(half.Value, clock) }, afterHalf);
                return Combine(j, end, day, clock, "date-time") with { Mod = bound ?? clock.Mod };
            }
            // "this afternoon at 2", "tomorrow at 5": after a day and a cue, a bare hour is a time of day even where hours are
            // not written bare ("at 2" alone may be a score).
            if (cued && FullHour(k) is { Clock.Hour: >= 1 and <= 12 } hour && !_t.LineBreakBefore(k))
                return Combine(j, hour.End, day, hour, "date-time");
        }
        if (ClockAt(j) is { } first && !_t.LineBreakBefore(first.End))
        {
            var k = first.End;
            if (_t.IsChar(k, ','))
                k++;
            if (Lex(k, LexKind.Of, out var afterOf) || Lex(k, LexKind.DateCue, out afterOf))
                k = afterOf;
            // 3 heures demain après-midi: the day with its part, when one follows.
            if (DatePoint(k) is { Date.Precision: DatePrecision.Day, Value: null } later)
            {
                if (PartOfDay(k) is { } laterPart && laterPart.End > later.End)
                    later = laterPart;
                return Combine(j, later.End, later, first, "time-date") with { TakesDeterminer = false };
            }
            // 3 heures cet après-midi, 8 Uhr heute Abend, at 8 tonight, 6h dans la soirée
            // alle 8 di stasera: "of" may stand before the part too.
            var p = Lex(first.End, LexKind.PartCue, out var afterPartCue) && Is(SkipDeterminer(afterPartCue), LexKind.PartOfDay) ? SkipDeterminer(afterPartCue) : k;
            if (PartOfDay(p) is { } partAfter && !_t.LineBreakBefore(first.End))
                return Combine(j, partAfter.End, partAfter, first, "time-date") with { TakesDeterminer = false };
        }
        // "8 tonight", "at 9 tomorrow", "at 5 tomorrow afternoon": a bare hour is a time of day before a part of the day, or after a
        // cue and before a day.
        if (ClockAt(j) is null && FullHour(j) is { Clock.Hour: >= 1 and <= 12 } bare && !_t.LineBreakBefore(bare.End) && !Is(bare.End, LexKind.Month))
        {
            // "8 di stasera": after "of" only a part that names its day ("3 della sera prima" counts something).
            var partAt = Lex(bare.End, LexKind.Of, out var afterBareOf) && Lex(afterBareOf, LexKind.PartOfDay, out var named, out _) && named.Strict ? afterBareOf : bare.End;
            if (PartOfDay(partAt) is { } partAfter)
                return Combine(j, partAfter.End, partAfter, bare, "time-date") with { TakesDeterminer = false };
            if (EndingAt(j, LexKind.ClockCue).Any() && DatePoint(bare.End) is { Date.Precision: DatePrecision.Day, Value: null, Rule: "relative-day" } dayAfter)
                return Combine(j, dayAfter.End, dayAfter, bare, "time-date") with { TakesDeterminer = false };
        }
        return day is not null && day.Type == TimexType.TIME ? day : null;
    }

    /// <summary>The mod of an OpenBound word at k that a clock time follows (après 9h30, dopo le 14, ab 14 Uhr), with the token
    /// after it; null when there is none.</summary>
    private string? OpenBoundBeforeClock(int k, out int after)
    {
        if (Lex(k, LexKind.OpenBound, out var bound, out after) && !_t.LineBreakBefore(after))
        {
            var clockAt = Lex(after, LexKind.ClockCue, out var afterCue) ? afterCue : after;
            if (ClockAt(after) is not null || ClockAt(clockAt) is not null)
                return bound.Value;
        }
        after = k;
        return null;
    }

    private static Parse Combine(int start, int end, Parse day, Parse clock, string rule) =>
        new(start, end, TimexType.TIME, rule)
        {
            Date = day.Date,
            Clock = AfterNoonIf(day.Clock?.Part, clock),
            Zone = clock.Zone,
            Unresolved = day.Unresolved,
            TakesDeterminer = day.TakesDeterminer,
            Priority = 3,
            Confidence = Math.Min(day.Confidence, clock.Confidence),
        };

    /// <summary>In a forward-looking text with a publication time, a clock time without its day that has already passed that day
    /// is the next day's ("alle 3" read at 04:30 is tomorrow at 3), unless it does not say its half of the day and its
    /// afternoon reading is still ahead ("3:30" read at 04:30 is 15:30 today).</summary>
    private List<Parse> AheadOfTheClock(List<Parse> chosen)
    {
        if (!_forward || _anchorTime is not { } now)
            return chosen;
        for (var k = 0; k < chosen.Count; k++)
        {
            if (chosen[k] is { DayFromAnchor: true, Date: { Precision: DatePrecision.Day, Year: { } year } day, Clock: { Hour: >= 0 and < 24, Part: null } clock } parse &&
                new TimeOnly(clock.Hour, Math.Max(clock.Minute, 0)) < now)
            {
                // Where hours are said on a twelve-hour clock, one that does not say its half is next in the afternoon of the same
                // day while that is still ahead (English "3:30", German "um halb 4").
                chosen[k] = TwelveHourReading(parse) && clock.Hour is >= 1 and < 12 && new TimeOnly(clock.Hour + 12, Math.Max(clock.Minute, 0)) >= now
                    ? parse with { Clock = clock with { Hour = clock.Hour + 12 } }
                    : parse with { Date = TimexDate.Of(new DateOnly(year, day.Month, day.Day).AddDays(1)) };
            }
        }
        return chosen;
    }

    /// <summary>True when a clock time may be either half of the day: a language read on the 12-hour clock (English "3:30"), no
    /// AM/PM, and not written the 24-hour way (03:30, 3h30; in German, where only spoken hours are, any time with a colon).</summary>
    private bool TwelveHourReading(Parse clock)
    {
        if (!_lang.TwelveHourClock || clock.HalfKnown)
            return false;
        if (_lang.TwelveHourSpokenOnly && Enumerable.Range(clock.Start, clock.End - clock.Start).Any(t => _t.IsChar(t, ':')))
            return false;
        for (var i = clock.Start; i < clock.End; i++)
        {
            var surface = _t.Surface(i);
            if (surface.IndexOfAnyInRange('0', '9') >= 0)
                return surface[0] != '0' && surface.IndexOfAny('h', 'H') < 0;
        }
        return true;
    }

    /// <summary>True when a clock cue that works on its own (alle, um, à; not English "at", which needs a day before it) ends right before token j.</summary>
    private bool ClockCueBefore(int j) => EndingAt(j, LexKind.ClockCue).Any(cue => !cue.Payload.Strict);
}

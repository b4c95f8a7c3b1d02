using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Early or late in a part of the day, said with a word of its own (PartMod rows): tôt le matin, le matin tôt, tard dans la
// soirée, in prima mattinata, nel tardo pomeriggio, am frühen Abend, früh am Morgen, early in the morning. TIMEX3 writes the
// part with START, MID or END, as for "en début de matinée".
internal sealed partial class TimeParser
{
    /// <summary>A part of the day placed early or late by a PartMod word before or after it, on <paramref name="day"/> or, with
    /// none, on the day under discussion.</summary>
    private Parse? PlacedPartOfDay(int i, Parse? day = null)
    {
        if (_t.LineBreakBefore(i))
            return null;
        var start = day?.Start ?? i;
        var date = day?.Date ?? AnchoredDay(0);
        var unresolved = day?.Unresolved ?? _anchor is null;
        Parse Placed(int end, string part, string mod) =>
            PartOn(start, end, date, part, unresolved, "placed-part-of-day") with
            {
                Mod = mod,
                TakesDeterminer = true,
                OnReferenceDay = day is null,
                ReferenceDays = day?.ReferenceDays,
            };
        if (Lex(i, LexKind.PartMod, out var mod, out var k))
        {
            // "plus tard dans la soirée" is later in it, not its end: a comparative row (value neither START, MID nor END) places nothing.
            if (mod.Value is not ("START" or "MID" or "END") || EndingAt(k, LexKind.PartMod).Any(m => m.Start < i && m.Payload.Value is not ("START" or "MID" or "END")))
                return null;
            // in prima mattinata, nel tardo pomeriggio, am frühen Abend: an adjective right before its part, after a cue or a day
            // ("la prima notte in carcere" is the first night).
            if (Lex(k, LexKind.PartOfDay, out var part, out var end) && !part.Strict && (!mod.Before || day is not null || Precedes(i, LexKind.PartCue)))
                return Placed(end, part.Value, mod.Value);
            if (mod.Before)
                return null;
            // tôt le matin, tard dans la soirée, früh am Morgen
            if (Lex(k, LexKind.PartCue, out var afterCue) && Lex(SkipDeterminer(afterCue), LexKind.PartOfDay, out part, out end) && !part.Strict)
                return Placed(end, part.Value, mod.Value);
            // tôt ce matin, late tonight: a part that names its own day.
            if (day is null && PartOfDay(k) is { Clock.Part: not null, Mod: null } named)
                return named with { Start = i, Mod = mod.Value, Rule = "placed-part-of-day" };
            return null;
        }
        // le matin tôt, le soir très tard: the word after the part, which needs its cue when no day stands before it.
        if (Lex(i, LexKind.PartOfDay, out var after, out var partEnd) && !after.Strict &&
            Lex(partEnd, LexKind.PartMod, out mod, out var modEnd) && !mod.Before && mod.Value is "START" or "MID" or "END" && !_t.LineBreakBefore(partEnd) &&
            (day is not null || Precedes(i, LexKind.PartCue)))
            return Placed(modEnd, after.Value, mod.Value);
        return null;
    }
}

namespace Cronista.Time.Lexicon;

/// <summary>What a dictionary word or phrase means to the time rules.</summary>
internal enum LexKind
{
    /// <summary>A month name; Number is 1–12.</summary>
    Month,
    /// <summary>A weekday; Number is the ISO weekday (Monday = 1).</summary>
    Weekday,
    /// <summary>A day named relative to today (ieri); Number is the day offset.</summary>
    RelativeDay,
    /// <summary>A unit of time; Value is S, MIN, H, D, W, WE, M, Q, HY, Y, DE or CE.</summary>
    Unit,
    /// <summary>LAST, NEXT or THIS (scorso, next, diese).</summary>
    Modifier,
    /// <summary>A word after an amount of time that puts it in the past (fa, ago); Value AHEAD puts it in the future (from now,
    /// hence), REF counts from the time under discussion (earlier).</summary>
    AgoAfter,
    /// <summary>A word before an amount of time that puts it in the past (vor, il y a).</summary>
    AgoBefore,
    /// <summary>A word before an amount of time that puts it in the future (tra, fra, dans).</summary>
    Later,
    /// <summary>Introduces a recurrence (ogni, every, jeden, chaque).</summary>
    Every,
    /// <summary>A recurrence in one word (daily, täglich, montags); Value is the TIMEX3 set value.</summary>
    SetWord,
    /// <summary>A part of the day; Value is MO, AF, EV or NI; Number is the day offset when the phrase names the day too (stamattina).</summary>
    PartOfDay,
    /// <summary>A word before a part of the day that makes it the day's own (in serata, in the afternoon, am Abend, dans la soirée,
    /// mercredi en soirée): the day named right before it, else the day under discussion, else the publication day; outside the extent.</summary>
    PartCue,
    /// <summary>A day named from the day under discussion (la veille, le lendemain, am Vortag); Number is the day offset. It counts
    /// from a day named in the same or the previous sentence, else from the publication date.</summary>
    ReferenceDay,
    /// <summary>Words after a weekday that move it on by weeks (lundi en huit, mardi en quinze); Number is the days from the
    /// publication date on or after which it falls (7, 14).</summary>
    WeekdayShift,
    /// <summary>A vague reference; Value is PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    Vague,
    /// <summary>A holiday; Value is its id in Time/Data/holidays.tsv.</summary>
    Holiday,
    /// <summary>Words before a holiday that belong to its name (giorno di, jour de).</summary>
    HolidayLead,
    /// <summary>An article that joins the extent of a date (il, the, der, le).</summary>
    Determiner,
    /// <summary>The small word between a month and its year (del, of, de).</summary>
    Of,
    /// <summary>A preposition that marks a bare number as a year (nel, in, im, en); outside the extent.</summary>
    YearCue,
    /// <summary>A determiner or possessive before a year used as a modifier ("the 1987 crash", "its 1990 invasion"); outside the extent.</summary>
    YearOwner,
    /// <summary>A noun that marks a number as a year (anno, year, Jahr); inside the extent.</summary>
    YearNoun,
    /// <summary>A preposition that marks a bare number as a clock time (alle, um); outside the extent. Strict ones (English "at") do so
    /// only after a day or a part of the day.</summary>
    ClockCue,
    /// <summary>A word after an hour that marks it as a clock time (Uhr, heures, o'clock).</summary>
    ClockSuffix,
    /// <summary>Words before an hour that set its minutes (halb vier = 3:30, viertel nach 3); Number is the minutes from the full hour
    /// named after it (-30, 15). Value "plus" or "minus": a count of minutes stands before it (20 nach 3, 15 Minuten vor 12).</summary>
    ClockLead,
    /// <summary>Words after an hour that set its minutes (midi et quart, onze heures trois quarts, midi moins le quart); Number is the
    /// minutes added (15, 45, -15). Value "minus" or "plus": a count of minutes follows and is taken off or added (midi moins cinq, 15h passé de 15 minutes).</summary>
    ClockAfter,
    /// <summary>AM or PM, or a part of the day that works as one (del pomeriggio, abends).</summary>
    Meridiem,
    /// <summary>A time zone; Value is an offset (+01:00, Z) or a DST rule (EU+01:00, US-05:00).</summary>
    TimeZone,
    /// <summary>A named time of day; Value is HH:MM (mezzogiorno 12:00, mezzanotte 24:00).</summary>
    ClockWord,
    /// <summary>A modifier of an amount of time or a point (circa, more than); Value is the TIMEX3 mod.</summary>
    Approx,
    /// <summary>A part of a period (inizio, mid, Ende); Value is START, MID or END.</summary>
    PeriodMod,
    /// <summary>A word that places a part of the day early or late within it (tôt, tard, früh, prima, tardo); Value is START, MID or
    /// END. With the flag "before" an adjective right before the part (prima mattinata, am frühen Abend); else an adverb before its
    /// cue or after the part (tôt le matin, le matin tôt, früh am Morgen). A comparative with another value (plus tard) places
    /// nothing and keeps the word inside it from doing so.</summary>
    PartMod,
    /// <summary>An unspecified small count (pochi, a few, einige, quelques).</summary>
    Few,
    /// <summary>A season; Value is SP, SU, FA or WI.</summary>
    Season,
    /// <summary>Opens a range (dal, from, von, du).</summary>
    RangeFrom,
    /// <summary>Closes a range opened by RangeFrom (al, to, bis, au).</summary>
    RangeTo,
    /// <summary>Opens a range closed by RangeAnd (tra, between, zwischen, entre).</summary>
    RangeBetween,
    /// <summary>Closes a range opened by RangeBetween (e, and, und, et).</summary>
    RangeAnd,
    /// <summary>The word before a decade (anni, années).</summary>
    DecadeWord,
    /// <summary>The word after a decade (Jahre in "90er Jahre").</summary>
    DecadeSuffix,
    /// <summary>A decade named by a word (nineties, Neunzigerjahre); Number is its tens digit.</summary>
    DecadeName,
    /// <summary>The word for century (secolo, century, Jahrhundert, siècle).</summary>
    Century,
    /// <summary>A century by its Italian name (Novecento); Number is the TIMEX3 century (19).</summary>
    CenturyName,
    /// <summary>An ordinal word; Number is its value, -1 for "last".</summary>
    Ordinal,
    /// <summary>A word that puts a sentence in the future (will, wird); lines starting with '-' are verb endings.</summary>
    FutureCue,
    /// <summary>A verb form in the past (said, was, ended); lines starting with '-' are verb endings (-ed). Value NOT marks a word or
    /// ending that only looks past (hundred, -eed); PERFECT an auxiliary that puts a plan after it in the past (had been due to).</summary>
    PastCue,
    /// <summary>A form of "be" that joins an auxiliary to the participle after it (will be named, has been scheduled): the tense is
    /// the auxiliary's.</summary>
    TenseLink,
    /// <summary>A word after which a participle is an adjective, not a verb ("a still unspecified date", "the proposed merger").</summary>
    Attributive,
    /// <summary>A fixed amount of time in words (mezz'ora); Value is the TIMEX3 duration.</summary>
    DurationWord,
    /// <summary>A word after an amount of years that makes it an age (old in "52 years old"), which TimeML does not annotate.</summary>
    Age,
    /// <summary>A word TimeML keeps inside the extent of the expression after it, without changing its value ("the first nine
    /// months", "earlier this year"); Value is the TIMEX3 type it joins (DURATION or DATE).</summary>
    Lead,
    /// <summary>A preposition before a length of time ("for" in "for years"); outside the extent.</summary>
    LengthCue,
    /// <summary>A preposition that sets a deadline, so the date after it is ahead (by, until, through).</summary>
    Deadline,
    /// <summary>A reporting period named by reference to the one under discussion (the quarter, the year-ago period); Number is its offset in years.</summary>
    ReportPeriod,
    /// <summary>A word before a date or time that leaves it open on one side (prima di, after, seit, à partir de); Value is BEFORE or
    /// AFTER; outside the extent.</summary>
    OpenBound,
    /// <summary>A word that lets a bare day number or D/M pair be a date (il, le, am, on).</summary>
    DateCue,
    /// <summary>A fraction said after an amount of time and its unit ("two hours and a half", "tre anni e mezzo"); Number is
    /// the fraction of the unit in hundredths (50).</summary>
    UnitFraction,
    /// <summary>A reporting year named without its number (the year, the full year, the fiscal year): the year under discussion,
    /// the publication year; before a PeriodEnding word ("the year ended March 31") an amount of a year.</summary>
    ReportYear,
    /// <summary>A word after a reporting period that closes it at the date after it ("ended", "ending").</summary>
    PeriodEnding,
    /// <summary>A word between a count and its unit that leaves the amount as it is ("two more weeks", "20 additional years").</summary>
    CountExtra,
    /// <summary>A word of quantity (million, percent) after which "a year", "a day" is a rate ("$500 million a year"), not an
    /// amount of time; TimeBank leaves such rates untagged.</summary>
    RateAmount,
    /// <summary>A modifier that counts from the time under discussion, not from now ("the following year" after "May 22, 1995"
    /// is 1996); Number is the offset in periods.</summary>
    ReferenceModifier,
    /// <summary>A year named as the one under discussion ("that year", "that same year"): the year of a date named in the same
    /// or the previous sentence; without one the words are left out.</summary>
    ReferenceYear,
    /// <summary>An era after a year (BC, B.C., AD, A.D.); Value is BC or AD. It makes any number a year ("44 BC", "AD 14").</summary>
    Era,
    /// <summary>The start or end of the current period in one word or acronym (EOM, EOY); Value is the mod and the unit: "END M".</summary>
    PeriodEdge,
    /// <summary>A half of a month, after its ordinal (la première quinzaine d'avril, la seconda quindicina di agosto).</summary>
    MonthHalf,
}

/// <summary>One meaning of a dictionary phrase.</summary>
/// <param name="Kind">What the phrase is.</param>
/// <param name="Value">A code (unit, modifier, holiday id …), or empty.</param>
/// <param name="Number">A number (month, weekday, offset, ordinal), or 0.</param>
/// <param name="Plural">True for plural forms (giorni, Mondays).</param>
/// <param name="Strict">True for forms that count only next to a day or year (the month "May", "gen"); for modifiers, only after
/// their noun (l'anno passato); for parts of the day, a phrase that names its day too (stasera).</param>
/// <param name="Before">True for modifiers that only stand before their noun (English "last", "past").</param>
/// <param name="Ahead">True for readings that hold only in a forward-looking text (English "in" before an amount of time is a point
/// ahead in an agenda, "in two weeks", but a length of time in news, as TimeML has it).</param>
/// <param name="WithDay">True for a month that is a date only with its day number right next to it (lower-case "march", a verb
/// elsewhere: "the 1st of march", "march 3").</param>
internal sealed record LexEntry(LexKind Kind, string Value, int Number, bool Plural, bool Strict, bool Before = false, bool Ahead = false, bool WithDay = false);

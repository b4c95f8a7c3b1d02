#!/usr/bin/env python3
"""Turns Duckling's time corpora (it/en/de/fr) into Cronista spec files.

Usage: duckling_specs.py DUCKLING_DIR OUT_DIR
  DUCKLING_DIR  the folder holding Duckling/Time/<LANG>/Corpus.hs (../shared/data/time/duckling)
  OUT_DIR       where <lang>.md goes (eval/time/duckling)

Duckling states each phrase's meaning as a start instant, an optional exclusive end and a grain, against the
reference time Tuesday 2013-02-12 04:30 (UTC-2). TIMEX3 says the same thing differently, so each value is
rewritten the one way TimeML would write it (see FORMAT below); nothing is hand-edited afterwards.
"""
import datetime as dt
import re
import sys
from pathlib import Path

REFERENCE = (2013, 2, 12, 4, 30, 0)
LANGUAGES = {"it": "IT", "en": "EN", "de": "DE", "fr": "FR"}
# Parts of the day as Duckling bounds them (start hour, exclusive end hour, end on the next day) and their TIMEX3 names.
PARTS_OF_DAY = {(4, 12): "MO", (0, 12): "MO", (12, 19): "AF", (12, 20): "AF", (13, 17): "AF",
                (18, 0): "EV", (17, 0): "EV", (19, 0): "EV", (20, 0): "NI", (22, 0): "NI", (0, 4): "NI",
                (18, 24): "EV"}

# Astronomical seasons as Duckling bounds them (start month, tens of the start day), and their TIMEX3 names.
SEASON_STARTS = {(3, 2): "SP", (6, 2): "SU", (9, 2): "FA", (12, 2): "WI"}

CTOR = re.compile(r"examples\s*\(\s*(datetime|datetimeHoliday|datetimeInterval|datetimeIntervalHoliday|datetimeOpenInterval)\b(.*?)\)\s*\n?\s*\[", re.S)
TUPLE = re.compile(r"\(\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*\)")
GRAIN = re.compile(r"\b(Second|Minute|Hour|Day|Week|Month|Quarter|Year)\b")
DIRECTION = re.compile(r"\b(Before|After)\b")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
# A phrase that states both ends of its stretch of days ("du 1er au 10 juillet", "19th To 21st aug"): a range, never the
# start, middle or end of a period, whatever days it happens to cover.
STATED_RANGE = re.compile(r"\d\S*\s*(?:\b(?:au|to|al|bis)\b|-|–)", re.I)


def instant(t):
    y, mo, d, h, mi, s = t
    return dt.datetime(y, max(mo, 1), max(d, 1), h, mi, s)  # Duckling writes 0 for a month or day below the grain


def step_back(moment, grain):
    """The last instant-at-grain inside an interval whose exclusive end is `moment`."""
    if grain == "Second":
        return moment - dt.timedelta(seconds=1)
    if grain == "Minute":
        return moment - dt.timedelta(minutes=1)
    if grain == "Hour":
        return moment - dt.timedelta(hours=1)
    if grain == "Day":
        return moment - dt.timedelta(days=1)
    if grain == "Week":
        return moment - dt.timedelta(days=7)
    months = {"Month": 1, "Quarter": 3, "Year": 12}[grain]
    index = moment.year * 12 + moment.month - 1 - months
    return moment.replace(year=index // 12, month=index % 12 + 1, day=1)


def fmt(moment, grain):
    """FORMAT: a TIMEX3 value at Duckling's grain (hours as HH:00, weeks as ISO weeks, quarters as Qn)."""
    if grain == "Second":
        return moment.strftime("%Y-%m-%dT%H:%M:%S")
    if grain in ("Minute", "Hour"):
        return moment.strftime("%Y-%m-%dT%H:%M")
    if grain == "Day":
        return moment.strftime("%Y-%m-%d")
    if grain == "Week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    if grain == "Month":
        return moment.strftime("%Y-%m")
    if grain == "Quarter":
        return f"{moment.year}-Q{(moment.month - 1) // 3 + 1}"
    return f"{moment.year:04d}"


def part_of_period(start, last, grain):
    """Duckling's early/mid/late and beginning/end of a period, which TIMEX3 writes as the period with a modifier."""
    if grain == "Day" and start.year == last.year and start.month == last.month:
        thirds = {(1, 10): "START", (11, 20): "MID"}
        month_end = (last + dt.timedelta(days=1)).month != last.month
        mod = thirds.get((start.day, last.day)) or ("END" if start.day == 21 and month_end else None)
        if mod:
            return {"value": start.strftime("%Y-%m"), "mod": mod}
    if grain == "Day" and (last - start).days == 2 and start.weekday() in (0, 4):
        year, week, _ = start.isocalendar()
        return {"value": f"{year}-W{week:02d}", "mod": "START" if start.weekday() == 0 else "END"}
    if grain == "Month" and start.year == last.year and (start.month, last.month) in ((1, 3), (9, 12)):
        return {"value": f"{start.year:04d}", "mod": "START" if start.month == 1 else "END"}
    return None


def interval_value(start, end, grain):
    """A closed interval as TIMEX3 writes it: a part of the day, a weekend, or first/last at the grain."""
    if grain == "Hour" and end - start <= dt.timedelta(hours=24):
        same_day = end.date() == start.date()
        midnight = end.date() == start.date() + dt.timedelta(days=1) and end.hour == 0
        key = (start.hour, end.hour if same_day else 0 if midnight else -1)
        if key in PARTS_OF_DAY:
            return start.strftime("%Y-%m-%d") + "T" + PARTS_OF_DAY[key]
    if grain == "Day" and 80 <= (end - start).days <= 95 and (start.month, start.day // 10) in SEASON_STARTS:
        season = SEASON_STARTS[(start.month, start.day // 10)]
        # A winter is named by the year it ends in, the one that holds most of it (2013-WI is December 2012 to March 2013).
        return f"{end.year if season == 'WI' else start.year}-{season}"
    if start.weekday() == 4 and start.hour >= 17 and end.weekday() == 0 and end.hour == 0 and (end - start).days < 3:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}-WE"
    return None


def stretch(start, end, grain):
    """Any other closed interval: first/last at the grain, which Cronista gives as a time's interval."""
    return fmt(start, grain) + "/" + fmt(step_back(end, grain), grain)


def expectation(ctor, args, phrase=""):
    tuples = [tuple(int(x) for x in m) for m in TUPLE.findall(args)]
    grain = GRAIN.search(args).group(1)
    if ctor in ("datetime", "datetimeHoliday"):
        if tuples[0][0] < 1:
            return {"value": f"BC{-tuples[0][0]:04d}"}  # TIMEX3 writes years before Christ with a BC prefix
        if tuples[0] == REFERENCE and grain == "Second":
            return {"value": "PRESENT_REF"}
        return {"value": fmt(instant(tuples[0]), grain)}
    if ctor in ("datetimeInterval", "datetimeIntervalHoliday"):
        start, end = instant(tuples[0]), instant(tuples[1])
        named = interval_value(start, end, grain)
        part = None if STATED_RANGE.search(phrase) else part_of_period(start, step_back(end, grain), grain)
        return part or ({"value": named} if named else {"interval": stretch(start, end, grain)})
    direction = DIRECTION.search(args).group(1)
    return {"value": fmt(instant(tuples[0]), grain), "mod": "BEFORE" if direction == "Before" else "AFTER"}


def phrases_after(text, position):
    """The strings of the Haskell list that opens at `position` (just after its '[')."""
    depth, i = 1, position
    while depth and i < len(text):
        if text[i] == '"':
            i = text.index('"', i + 1)
            while text[i - 1] == "\\":
                i = text.index('"', i + 1)
        elif text[i] == "[":
            depth += 1
        elif text[i] == "]":
            depth -= 1
        i += 1
    return [s.replace('\\"', '"') for s in STRING.findall(text[position:i - 1])], i


def examples(corpus):
    """(phrase, expectation) for the default-locale examples: allExamples, plus the US-only 'custom' list in English."""
    text = corpus.read_text(encoding="utf-8")
    regions = [text[text.index("allExamples = concat"):]]
    custom = text.find("custom = concat")
    if custom >= 0:
        regions.append(text[custom:text.index("negativeCorpus ::", custom)])
    for region in regions:
        for match in CTOR.finditer(region):
            phrases, _ = phrases_after(region, match.end())
            for phrase in phrases:
                yield phrase, expectation(match.group(1), match.group(2), phrase)


HEADER = """# Duckling's time phrases ({name})

Generated by `eval/time/duckling_specs.py` from Duckling's test corpus `Duckling/Time/{code}/Corpus.hs`
(Facebook, BSD licence; `../shared/data/time/duckling`); do not edit by hand, regenerate.
Each phrase stands alone against Duckling's reference time, Tuesday 12 February 2013, 04:30 (UTC-2), and must
yield exactly one time expression with the value Duckling gives, written as TIMEX3 writes it:
- the grain sets the precision (2013-02, 2013-W07, 2013-Q1, 2013-02-12T15:00);
- parts of the day, weekends and seasons have their TIMEX3 names (2013-02-12TEV, 2013-W07-WE, 2013-SU);
- the beginning, middle and end of a month, week or year are that period with the modifier START, MID or END;
- open intervals carry the modifier BEFORE or AFTER, and the reference instant itself is PRESENT_REF;
- any other interval is the expression's `interval`, first/last at the grain (Duckling's end is exclusive): a range's
  interval is its value, and an anchored amount of time ("the last two weeks") keeps TimeML's duration as its value
  and says where it lies as its interval.
Duckling reads every phrase as looking ahead (a bare weekday is the next one, never today), so the files are
`forward-looking`; news articles are not, and there tense decides.
`cronista eval specs eval/time/duckling` scores them; the quality gate keeps the pass rate from going down.

layer: times
match: exact
language: {lang}
published: 2013-02-12T04:30
forward-looking: yes
"""
NAMES = {"it": "Italian", "en": "English", "de": "German", "fr": "French"}


def main():
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for lang, code in LANGUAGES.items():
        corpus = source / "Duckling" / "Time" / code / "Corpus.hs"
        lines = [HEADER.format(name=NAMES[lang], code=code, lang=lang)]
        count = 0
        for phrase, value in examples(corpus):
            lines.append(f"## {phrase}\n```text\n{phrase}\n```\n```json\n[{json_object(value)}]\n```\n")
            count += 1
        (out / f"{lang}.md").write_text("\n".join(lines), encoding="utf-8")
        print(f"{lang}: {count} phrases")


def json_object(value):
    return "{" + ", ".join(f'"{k}": "{v}"' for k, v in value.items()) + "}"


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Sorts the Duckling spec cases Cronista fails into causes, for the failure list the project reports.

Usage: cronista eval specs eval/time/duckling --json | python3 eval/time/duckling_failures.py [--examples N]

Each failed case goes to the first cause whose test matches, in the order below; the causes where TimeML (the
convention Cronista follows, and TempEval scores) and Duckling disagree come first, so that what is left is what
Cronista misses or misreads.
"""
import json
import re
import sys
from collections import defaultdict

CONVENTION = [
    ("time zone converted to the reference zone (TIMEX3 keeps the local time and names the zone)",
     lambda name, miss, got: re.search(r"\b(gmt|cet|cest|pst|est|cst|bst|ist|utc|mez|mesz)\b", name, re.I)),
    ("an amount of time counted from now at Duckling's grain (TimeML: a duration, or a date at the unit's precision)",
     lambda name, miss, got: re.search(r'"value": "\d{4}-\d\d-\d\dT0?4:[0-3]\d', miss) and re.search(r"\d|one|two|three|un|une|ein|zwei|due|tre", name, re.I)),
    ("stanotte/tonight/last night: Duckling's night or evening runs past midnight (TimeML: the night of the day)",
     lambda name, miss, got: re.search(r'T(NI|EV)"', miss) and re.search(r'T(NI|EV)"', got)),
    ("'N units ago' at day precision (TimeML: the unit's precision, tre mesi fa = 2012-11)",
     lambda name, miss, got: re.search(r'"value": "\d{4}-\d\d(-\d\d)?"', miss) and re.search(r"\b(fa|ago|vor|il y a)\b", name, re.I)),
    ("'upcoming two weeks' as the second week ahead (TimeML: an amount of time, the next two weeks)",
     lambda name, miss, got: re.search(r"\bupcoming\b", name, re.I)),
    ("a Hebrew holiday dated by the evening before, when it begins (Cronista: by its day)",
     lambda name, miss, got: got and re.search(r"(?i)\b(yom|rosh|hanuk|hannuk|chanuk|passover|pesach|purim|shavu|succ|sukk|simchat|shemini|tisha|lag b'omer|hashoah|holocaust|tu bishvat)", name)),
    ("a Hindu, Buddhist or Parsi day Duckling dates by another almanac (Cronista: New Delhi's panchang, Durga Puja from Shashthi to Dashami, Buddha Purnima India's, Jamshedi Navroz 21 March)",
     lambda name, miss, got: got and re.search(r"(?i)dussehra|vijayadashami|navaratri|durga puja|saraswati|onam|navroz|buddha purnima", name)),
    ("by/until + period as an interval from now (TimeML: the period with a modifier)",
     lambda name, miss, got: re.search(r'"interval": "2013-02-12T04:30:00/', miss)),
]
MISSES = [
    ("abbreviated weekday or month alone or with a day (lun, mar, thu, sat.; left out: most are common words)",
     lambda name, miss, got: re.fullmatch(r"(?i)(lun|mar|mer|gio|ven|sab|dom|mon|tue|wed|thu|fri|sat|sun|lu|ma|me|je|ve|sa|di|mi|do|fr|so)\.?( \d+\w*)?", name.strip())),
    ("lower-case name that is also a common word (march, may, natale, repubblica, liberazione)",
     lambda name, miss, got: name == name.lower() and re.search(r"\b(march|may|natale|repubblica|liberazione|befana|assunzione|immacolata|pasqua)\b", name)),
    ("holiday or named day Cronista does not know, or knows only capitalized (boss's day, pongal: common words)",
     lambda name, miss, got: not got and re.search(r"(?i)day|giornata|journée|tag\b|fest|feast|jour|giorno|yom|purim|diwali|vesak|hanuk|rosh|kippur|navaratri|holi\b", name)
     or got and all(re.fullmatch(r'unexpected: \{"text": "[^"]*", "type": "DATE", "value": "\d{4}"\}', p) for p in re.findall(r'unexpected: \{[^}]*\}', got))
     and re.search(r"[a-z]{3,}.*\d{4}", name, re.I) and not re.search(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q\d|quarter|week|day of)", name)),
    ("clock time written without separator or in words (1030, 330 p.m., ten thirty)",
     lambda name, miss, got: re.search(r"\b\d{3,4}\b|thirty|fifty|venti|trenta", name) and "T" in miss),
    ("nothing found", lambda name, miss, got: not got),
    ("a range or interval read in part", lambda name, miss, got: '"interval"' in miss),
    ("a clock time read with the wrong day or hour", lambda name, miss, got: re.search(r'T\d\d:\d\d', miss)),
    ("a date read in part or with another value", lambda name, miss, got: True),
]


def main():
    examples = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 3
    reports = json.load(sys.stdin)
    total_cases = sum(r["cases"] for r in reports)
    total_passed = sum(r["passed"] for r in reports)
    print(f"{total_passed} of {total_cases} phrases hold ({total_passed / total_cases:.1%})\n")
    for report in reports:
        lang = re.sub(r"\.md$", "", report["file"].split("/")[-1])
        print(f"## {lang}: {report['passed']} of {report['cases']} ({report['pass_rate']:.1%})")
        causes = defaultdict(list)
        for failure in report["failures"]:
            miss = " ".join(p for p in failure["problems"] if p.startswith("missing"))
            got = " ".join(p for p in failure["problems"] if p.startswith("unexpected"))
            for cause, test in CONVENTION + MISSES:
                if test(failure["case"], miss, got):
                    causes[cause].append(failure["case"])
                    break
        for group, label in ((CONVENTION, "TimeML and Duckling disagree"), (MISSES, "Cronista misses or misreads")):
            rows = [(cause, causes[cause]) for cause, _ in group if causes[cause]]
            if rows:
                print(f"{label}: {sum(len(c) for _, c in rows)}")
                for cause, cases in rows:
                    shown = "; ".join(cases[:examples])
                    print(f"- {len(cases)} {cause}: {shown}")
        print()


if __name__ == "__main__":
    main()

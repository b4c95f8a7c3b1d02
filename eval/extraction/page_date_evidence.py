#!/usr/bin/env python3
"""Prints, for each page of the gold sample, the evidence an annotator reads a publication date from.

Used to build page-dates.tsv by hand (see PAGE-DATES.md); it does not decide anything and never runs Cronista.
For each page: the URL (evaldata key), date-like strings in the visible text around the headline (first <h1>),
meta tags that name a date, JSON-LD date fields, <time> elements, the URL's date, and trafilatura's own
annotation in evaldata.json when it has one (a second annotator's opinion, checked against the page).

usage: page_date_evidence.py [--data DIR] [--every N] [--files NAME ...]
"""
import argparse
import gzip
import html
import json
import os
import re
from html.parser import HTMLParser

DATA = "/work/shared/data/extraction/trafilatura-eval/tests"

MONTHS = (r"jan|feb|m[aä]r|apr|ma[iyg]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|gen|giu|lug|ago|set|ott|dic|"
          r"janv|f[ée]v|avr|juin|juil|ao[uû]|d[ée]c|ene|abr|dic|fev|out|dez|mei|okt|"
          r"januar|februar|märz|april|juni|juli|august|september|oktober|november|dezember|"
          r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|"
          r"janvier|février|mars|avril|mai|juillet|août|septembre|octobre|novembre|décembre|"
          r"enero|febrero|junio|julio|septiembre|octubre|noviembre|diciembre|"
          r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
          r"january|february|march|june|july|october|december|maart|mei|juni|juli|augustus")
DATE = re.compile(
    r"\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?(?:19|20)?\d{2}\b|\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b|"
    r"\b\d{1,2}\.?\s+(?:" + MONTHS + r")\w*\.?,?\s+(?:19|20)\d{2}\b|"
    r"\b(?:" + MONTHS + r")\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b",
    re.IGNORECASE)


class Page(HTMLParser):
    """Collects visible text (with the offset where the first h1 starts), meta tags, JSON-LD and <time> elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.meta, self.jsonld, self.times = [], [], [], []
        self.skip = 0
        self.h1 = None
        self.script = None
        self.time = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "noscript"):
            self.skip += 1
            self.script = [] if tag == "script" and (a.get("type") or "").lower() == "application/ld+json" else None
        if tag == "h1" and self.h1 is None:
            self.h1 = sum(len(t) for t in self.text)
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or ""
            if re.search(r"date|time|publish|created|modified|issued", key, re.I) and a.get("content"):
                self.meta.append(f"{key}={a['content']}")
        if tag == "time" or a.get("itemprop") in ("datePublished", "dateCreated", "dateModified"):
            self.time = [f"<{tag} {' '.join(f'{k}={v}' for k, v in attrs if k in ('datetime', 'itemprop', 'pubdate', 'class', 'content'))}> "]
        if tag in ("p", "div", "br", "li", "h1", "h2", "h3", "span", "time", "td"):
            self.text.append(" | " if tag != "span" else " ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
            if self.script is not None:
                self.jsonld.append("".join(self.script))
                self.script = None
        if self.time is not None and tag in ("time", "span", "div", "p", "meta", "abbr"):
            self.times.append("".join(self.time).strip()[:120])
            self.time = None

    def handle_data(self, data):
        if self.script is not None:
            self.script.append(data)
        if self.skip:
            return
        if self.time is not None:
            self.time.append(data)
        self.text.append(data)


def jsonld_dates(blocks):
    found = []
    for block in blocks:
        for m in re.finditer(r'"(date\w*|uploadDate|@type)"\s*:\s*"([^"]{0,60})"', block):
            found.append(f"{m.group(1)}={m.group(2)}")
    return found


def evidence(data, key, entry):
    name = entry["file"]
    for folder in ("cache", "eval"):
        path = os.path.join(data, folder, name)
        if os.path.exists(path + ".gz"):
            raw = gzip.open(path + ".gz").read()
            break
        if os.path.exists(path):
            raw = open(path, "rb").read()
            break
    else:
        return f"## {name}: file not found"
    text = raw.decode("utf-8", errors="replace")
    page = Page()
    page.feed(text)
    visible = re.sub(r"\s+", " ", "".join(page.text))
    visible = re.sub(r"(\s*\|\s*)+", " | ", visible)
    start = page.h1 if page.h1 is not None else 0
    # The headline's offset was counted before whitespace was squeezed: find the h1 text again instead.
    head_dates = []
    for m in DATE.finditer(visible):
        head_dates.append((m.start(), m.group(0)))
    lines = [f"## {name}   url={key}"]
    url = re.search(r"/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?", key)
    lines.append(f"  url-date: {url.group(0) if url else '-'}   evaldata: {entry.get('date', '-')}")
    lines.append(f"  meta: {'; '.join(page.meta[:8]) or '-'}")
    lines.append(f"  jsonld: {'; '.join(d for d in jsonld_dates(page.jsonld) if not d.startswith('@type=') or 'Article' in d or 'Posting' in d)[:300] or '-'}")
    lines.append(f"  time: {' ; '.join(page.times[:5]) or '-'}")
    title = ""
    if page.h1 is not None:
        raw_text = "".join(page.text)
        title = re.sub(r"\s+", " ", raw_text[page.h1:page.h1 + 200]).strip(" |")[:100]
        at = visible.find(title[:40]) if title else -1
        start = at if at >= 0 else 0
    lines.append(f"  h1@{start}/{len(visible)}: {title[:90]}")
    near = [f"{pos - start:+d}:{d}" for pos, d in head_dates if -1500 < pos - start < 2500]
    lines.append(f"  dates near h1: {', '.join(near[:12]) or '-'}")
    first = [f"@{pos}:{d}" for pos, d in head_dates[:8]]
    lines.append(f"  first dates: {', '.join(first) or '-'}   (total {len(head_dates)})")
    if start >= 0:
        context = visible[max(0, start - 300):start + 500]
        lines.append(f"  around h1: {context}")
    return "\n".join(lines)


MONTH_NUMBERS = {
    1: "jan gen ene janv janeiro januar january gennaio janvier enero janv",
    2: "feb fév fev febbraio février febrero fevereiro februar february",
    3: "mar mär mars marzo março märz march maart",
    4: "apr avr abr april aprile avril abril",
    5: "may mai mag maggio mayo maio mei",
    6: "jun giu juin june juni giugno junio junho",
    7: "jul lug juil july juli luglio juillet julio julho",
    8: "aug ago aoû aou august agosto août augustus",
    9: "sep set sept september settembre septembre septiembre setembro",
    10: "oct okt ott out october oktober ottobre octobre octubre outubro",
    11: "nov november novembre noviembre novembro",
    12: "dec dez dic déc dezember december dicembre décembre diciembre dezembro",
}
MONTH_OF = {w: n for n, words in MONTH_NUMBERS.items() for w in words.split()}


def normalize(text):
    """A date string as YYYY-MM-DD, reading numbers day-first as European pages do; None when unsure."""
    t = text.lower().replace(",", " ").replace(".", " ").replace("/", " ").replace("-", " ")
    parts = t.split()
    try:
        if len(parts) >= 3 and all(p.isdigit() for p in parts[:3]):
            a, b, c = (int(p) for p in parts[:3])
            y, m, d = (a, b, c) if a > 31 else (c if c > 99 else 2000 + c, b, a)
        else:
            words = [p for p in parts if not p.isdigit()]
            nums = [int(re.sub(r"\D", "", p)) for p in parts if re.sub(r"\D", "", p)]
            month = next(MONTH_OF[w[:k]] for w in words for k in (len(w), 5, 4, 3) if w[:k] in MONTH_OF)
            y = next(n for n in nums if n > 1900)
            d = next(n for n in nums if n <= 31)
            m = month
        return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None
    except (StopIteration, ValueError):
        return None


def iso(text):
    m = re.search(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", text or "")
    return m.group(0) if m else None


def brief(data, key, entry):
    """One line per page: each source's date, for a quick first pass; disagreements are then read in full."""
    full = evidence(data, key, entry)
    meta = re.search(r"meta: .*?(?:published_time|datePublished|date|pubdate|issued|created)\w*=([^;\n]*)", full)
    jl = re.search(r"jsonld: .*?datePublished=([^;\n]*)", full)
    tm = re.search(r"<time datetime=(\S+)", full)
    near = re.search(r"dates near h1: (.*)", full).group(1)
    first_near = next((normalize(d.split(":", 1)[1]) for d in re.split(r", (?=[+-]\d+:)", near) if ":" in d and normalize(d.split(":", 1)[1])), None) if near != "-" else None
    url = re.search(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/", key)
    cells = {
        "eval": entry.get("date", "-"),
        "meta": iso(meta.group(1)) if meta else "-",
        "jsonld": iso(jl.group(1)) if jl else "-",
        "time": iso(tm.group(1)) if tm else "-",
        "near": first_near or "-",
        "url": "-".join(url.groups()) if url else "-",
    }
    return entry["file"] + "\t" + "\t".join(f"{k}={v or '-'}" for k, v in cells.items())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=DATA)
    parser.add_argument("--every", type=int, default=6)
    parser.add_argument("--files", nargs="*")
    parser.add_argument("--list", help="a file naming one page per line")
    parser.add_argument("--brief", action="store_true", help="one line per page with each source's date")
    args = parser.parse_args()
    entries = json.load(open(os.path.join(args.data, "evaldata.json"), encoding="utf-8"))
    by_file = {entry["file"]: (key, entry) for key, entry in entries.items()}
    names = sorted(by_file)
    chosen = args.files or (open(args.list, encoding="utf-8").read().split("\n") if args.list else names[::args.every])
    chosen = [name for name in chosen if name]
    for name in chosen:
        key, entry = by_file[name]
        if args.brief:
            print(brief(args.data, key, entry))
        else:
            print(evidence(args.data, key, entry))
            print()


if __name__ == "__main__":
    main()

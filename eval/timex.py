"""Dates: TempEval-3 platinum (English TimeML) and the IASNLP 2018 Hindi TIMEX3 set (BRAT), split by file.

Gold are the DATE and TIME expressions (a TIME's value counts at its date); khabar date mentions that
overlap only a DURATION, SET or other non-date annotation are left out of precision. Mentions match by
overlap. Value accuracy is over found gold expressions whose value is a calendar date (YYYY, YYYY-MM or
YYYY-MM-DD), grouped by that precision; weeks, seasons and PRESENT_REF are not scored for value.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eval.common import (
    PRF,
    Extractor,
    Report,
    Timer,
    by_split,
    khabar_extract,
    overlaps,
    pct,
    require,
    with_articles,
)
from khabar.schema import Article

CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
HINDI_DATE_TYPES = {"Date", "Time"}
TIMEML_DATE_TYPES = {"DATE", "TIME"}
PUBLISH_DATE = re.compile(r"Publish Date:\s*\w{3}, (\d{1,2} \w{3} \d{4})")
PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    value: str | None  # the calendar value at its own precision, or None when not a calendar date
    precision: str | None


@dataclass(frozen=True, slots=True)
class TimexDoc:
    key: str
    text: str
    published: date | None
    gold: tuple[Timex, ...]
    other: tuple[tuple[int, int], ...]  # annotated time expressions that are not dates


def calendar_value(value: str) -> tuple[str | None, str | None]:
    """``('2013-03-22', 'day')`` from '2013-03-22' or '2013-03-22T10:00'; ``(None, None)`` for 2013-W11."""
    match = CALENDAR_VALUE.match(value.strip())
    if not match:
        return None, None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def _flatten(element: ET.Element) -> tuple[str, list[tuple[int, int, ET.Element]]]:
    """Plain text of an element and ``(start, end, element)`` for every descendant."""
    parts: list[str] = []
    spans: list[tuple[int, int, ET.Element]] = []

    def walk(node: ET.Element, start: int) -> int:
        position = start
        if node.text:
            parts.append(node.text)
            position += len(node.text)
        for child in node:
            child_end = walk(child, position)
            spans.append((position, child_end, child))
            position = child_end
            if child.tail:
                parts.append(child.tail)
                position += len(child.tail)
        return position

    walk(element, 0)
    return "".join(parts), spans


def read_timeml(path: Path) -> TimexDoc:
    """A TimeML file: the TEXT body, its DATE/TIME TIMEX3 spans, and the creation time as publication date."""
    root = ET.parse(path).getroot()
    creation = root.find(".//TIMEX3[@functionInDocument='CREATION_TIME']")
    published = calendar_value(creation.get("value", ""))[0] if creation is not None else None
    body = root.find("TEXT")
    text, spans = _flatten(body) if body is not None else ("", [])
    gold, other = [], []
    for start, end, element in spans:
        if element.tag != "TIMEX3":
            continue
        if element.get("type") in TIMEML_DATE_TYPES:
            gold.append(Timex(start, end, *calendar_value(element.get("value", ""))))
        else:
            other.append((start, end))
    day = date.fromisoformat(published) if published and len(published) == 10 else None
    return TimexDoc(path.name, text, day, tuple(gold), tuple(other))


def read_brat(text_path: Path) -> TimexDoc:
    """A BRAT pair (``x.txt``, ``x.ann``) with values in AnnotatorNotes; the date comes from the header."""
    text = text_path.read_text(encoding="utf-8")
    spans: dict[str, tuple[str, int, int]] = {}
    values: dict[str, str] = {}
    for line in text_path.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[0].startswith("T") and len(fields) >= 2:
            kind, *offsets = fields[1].replace(";", " ").split()
            spans[fields[0]] = (kind, int(offsets[0]), int(offsets[-1]))
        elif fields[0].startswith("#") and len(fields) >= 3:
            target = fields[1].split()[-1]
            value = re.search(r'value="([^"]*)"', fields[2])
            if value:
                values[target] = value.group(1)
    gold, other = [], []
    for tid, (kind, start, end) in sorted(spans.items(), key=lambda item: item[1][1:]):
        if kind in HINDI_DATE_TYPES:
            gold.append(Timex(start, end, *calendar_value(values.get(tid, ""))))
        else:
            other.append((start, end))
    header = PUBLISH_DATE.search(text)
    published = datetime.strptime(header.group(1), "%d %b %Y").date() if header else None
    return TimexDoc(text_path.name, text, published, tuple(gold), tuple(other))


@dataclass
class TimexScore:
    spans: PRF
    value_ok: Counter[str]
    value_found: Counter[str]
    value_total: Counter[str]


def score_docs(docs: Sequence[TimexDoc], extract: Extractor = khabar_extract, workers: int = 1) -> TimexScore:
    score = TimexScore(PRF(), Counter(), Counter(), Counter())
    for doc, article in with_articles(docs, extract, workers):
        _score_article(doc, article, score)
    return score


def _score_article(doc: TimexDoc, article: Article, score: TimexScore) -> None:
    def on_gold(start: int, end: int) -> bool:
        return any(overlaps((start, end), (g.start, g.end)) for g in doc.gold)

    preds = [
        d
        for d in article.dates
        if on_gold(d.start, d.end) or not any(overlaps((d.start, d.end), o) for o in doc.other)
    ]
    found = 0
    for timex in doc.gold:
        near = [d for d in preds if overlaps((d.start, d.end), (timex.start, timex.end))]
        found += bool(near)
        if timex.precision is None:
            continue
        score.value_total[timex.precision] += 1
        score.value_found[timex.precision] += bool(near)
        score.value_ok[timex.precision] += any(d.value == timex.value for d in near)
    right = sum(on_gold(d.start, d.end) for d in preds)
    score.spans += PRF(right, len(preds), found, len(doc.gold))


COLUMNS = ["set/split", "docs", "gold", "pred", "P%", "R%", "F1%"]
COLUMNS += [f"{p} value ok/found/all" for p in PRECISIONS] + ["value acc% (found)"]


def score_row(name: str, n_docs: int, score: TimexScore) -> list[str]:
    found = sum(score.value_found.values())
    row = [name, str(n_docs), str(score.spans.n_gold), str(score.spans.n_pred)]
    row += [pct(score.spans.precision), pct(score.spans.recall), pct(score.spans.f1)]
    row += [f"{score.value_ok[p]}/{score.value_found[p]}/{score.value_total[p]}" for p in PRECISIONS]
    return [*row, pct(sum(score.value_ok.values()) / found if found else 0)]


def load_te3() -> list[TimexDoc]:
    return [read_timeml(path) for path in sorted(require("eval/temporal_te3_platinum").glob("*.tml"))]


def load_hindi() -> list[TimexDoc]:
    root = require("eval/hindi_timex_iasnlp2018")
    return [read_brat(path) for path in sorted(root.rglob("*.txt")) if path.with_suffix(".ann").exists()]


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    report = Report("timex: date mentions and values (TempEval-3 platinum, IASNLP-2018 Hindi)", COLUMNS)
    for set_name, loader in (("te3", load_te3), ("hindi", load_hindi)):
        docs = loader()
        for split, chosen in by_split(docs, limit):
            timer = Timer()
            report.rows.append(
                score_row(f"{set_name}/{split}", len(chosen), score_docs(chosen, extract, workers))
            )
            report.notes.append(f"{set_name}/{split}: {timer.rate(len(chosen))}")
    report.notes.append("value columns: right value / span found / gold with a calendar value, per precision")
    return [report]

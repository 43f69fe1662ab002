"""Hindi disaster and attack news (inline-XML event corpus): casualty counts and places, split by file name.

The plain text is rebuilt from the ``<W>`` tokens (stripped, joined by one space, paragraphs by a newline)
and every argument keeps its span. CASUALTIES-ARG spans are compared with khabar's killed/injured counts,
PLACE-ARG spans with PLACE/COUNTRY mentions, both by overlap. Value accuracy: the numbers written in
digits inside a found casualty span, recovered by an overlapping count's value (gold words like 'दर्जनों'
carry no digits and are not scored for value).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
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
    prf_cells,
    require,
    with_articles,
)
from khabar.schema import Article

CASUALTY_KINDS = {"killed", "injured"}
PLACE_TYPES = {"PLACE", "COUNTRY"}
NUMBER = re.compile(r"\d+(?:,\d+)*")  # \d also matches Devanagari digits, which int() reads
DATED_NAME = re.compile(r"navbharat_(\d{4})_(\d{1,2})_(\d{1,2})_")

Arg = tuple[int, int]


@dataclass(frozen=True, slots=True)
class DisasterDoc:
    key: str
    text: str
    published: date | None
    casualties: tuple[tuple[int, int, tuple[int, ...]], ...]  # span and the digit numbers in it
    places: tuple[Arg, ...]


def rebuild(root: ET.Element) -> tuple[str, list[tuple[str, int, int]]]:
    """Text from the ``<W>`` tokens and ``(tag, start, end)`` of every element that holds tokens."""
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    position = 0

    def walk(node: ET.Element) -> tuple[int, int] | None:
        nonlocal position
        if node.tag == "W":
            token = (node.text or "").strip()
            if not token:
                return None
            if parts and parts[-1] != "\n":
                parts.append(" ")
                position += 1
            parts.append(token)
            position += len(token)
            return position - len(token), position
        if node.tag == "P" and parts and parts[-1] != "\n":
            parts.append("\n")
            position += 1
        inner = [bounds for child in node if (bounds := walk(child))]
        if not inner:
            return None
        bounds = (inner[0][0], inner[-1][1])
        spans.append((node.tag, *bounds))
        return bounds

    walk(root)
    return "".join(parts), spans


def published_from_name(name: str) -> date | None:
    match = DATED_NAME.search(name)
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def read_document(path: Path) -> DisasterDoc:
    text, spans = rebuild(ET.parse(path).getroot())
    casualties = tuple(
        (s, e, tuple(int(n.replace(",", "")) for n in NUMBER.findall(text[s:e])))
        for tag, s, e in spans
        if tag == "CASUALTIES-ARG"
    )
    places = tuple((s, e) for tag, s, e in spans if tag == "PLACE-ARG")
    return DisasterDoc(path.name, text, published_from_name(path.name), casualties, places)


def load_documents() -> tuple[list[DisasterDoc], list[str]]:
    """Every annotated document, and the names of files that are not well-formed XML."""
    docs, broken = [], []
    for path in sorted(require("eval/hindi_events_disaster/annotated_train_xml").iterdir()):
        try:
            docs.append(read_document(path))
        except ET.ParseError:
            broken.append(path.name)
    return docs, broken


@dataclass
class DisasterScore:
    casualties: PRF
    places: PRF
    numbers_ok: int = 0
    numbers_found: int = 0
    numbers_all: int = 0
    counts_right_value: int = 0


def score_docs(
    docs: Sequence[DisasterDoc], extract: Extractor = khabar_extract, workers: int = 1
) -> DisasterScore:
    score = DisasterScore(PRF(), PRF())
    for doc, article in with_articles(docs, extract, workers):
        _score_article(doc, article, score)
    return score


def _score_article(doc: DisasterDoc, article: Article, score: DisasterScore) -> None:
    counts = [c for c in article.counts if c.what in CASUALTY_KINDS]
    found = 0
    for start, end, numbers in doc.casualties:
        values = {c.value for c in counts if overlaps((c.start, c.end), (start, end))}
        found += bool(values)
        score.numbers_all += len(numbers)
        if values:
            score.numbers_found += len(numbers)
            score.numbers_ok += sum(n in values for n in numbers)
    on_gold = 0
    for count in counts:
        spans = [g for g in doc.casualties if overlaps((count.start, count.end), g[:2])]
        on_gold += bool(spans)
        score.counts_right_value += any(count.value in g[2] for g in spans)
    score.casualties += PRF(on_gold, len(counts), found, len(doc.casualties))
    mentions = [(m.start, m.end) for e in article.entities if e.type in PLACE_TYPES for m in e.mentions]
    score.places += PRF(
        sum(any(overlaps(m, p) for p in doc.places) for m in mentions),
        len(mentions),
        sum(any(overlaps(m, p) for m in mentions) for p in doc.places),
        len(doc.places),
    )


COLUMNS = [
    "split",
    "docs",
    "argument",
    "gold",
    "pred",
    "P%",
    "R%",
    "F1%",
    "value ok/found/all",
    "pred value%",
]


def score_rows(name: str, n_docs: int, score: DisasterScore) -> list[list[str]]:
    cas, places = score.casualties, score.places
    numbers = f"{score.numbers_ok}/{score.numbers_found}/{score.numbers_all}"
    on_gold = cas.pred_ok
    value_share = pct(score.counts_right_value / on_gold if on_gold else 0)
    return [
        [name, str(n_docs), "casualties", *prf_cells(cas), numbers, value_share],
        [name, str(n_docs), "places", *prf_cells(places), "", ""],
    ]


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    docs, broken = load_documents()
    report = Report("disaster: Hindi casualty counts and event places", COLUMNS)
    for split, chosen in by_split(docs, limit):
        timer = Timer()
        report.rows += score_rows(split, len(chosen), score_docs(chosen, extract, workers))
        report.notes.append(f"{split}: {timer.rate(len(chosen))}")
    report.notes += [
        "casualties: khabar counts of kind killed/injured against CASUALTIES-ARG spans, by overlap",
        "value ok/found/all: digit numbers in gold casualty spans recovered / in found spans / in all spans",
        "pred value%: share of counts on a gold span whose value is one of that span's numbers",
        f"{len(broken)} files skipped as malformed XML" + (f": {', '.join(broken[:5])}" if broken else ""),
    ]
    return [report]

"""Hindi attack and disaster news (inline-XML event corpus): event types and their arguments.

The text and spans are rebuilt with ``eval.disaster.rebuild``. Of the corpus's 28 event types only the
political ones have a PLOVER type (``POLITICAL``: attacks, bombings, shoot-outs, armed conflicts,
riots); fires, accidents and natural disasters have none, and khabar should code nothing for them. A
gold event mention (its trigger span) is found when a khabar event overlapping it (by its own span or one
of its evidence spans, that is its clause) has an accepted type; it is found at trigger level when one of
the event's own trigger words (``Event.triggers``) overlaps the gold trigger.
For found events, the arguments linked to the mention are checked: a PLACE-ARG is recalled when the
event's location entity has a mention overlapping it, a TIME-ARG when a date mention overlapping it has
the event's date, a CASUALTIES-ARG when a count overlapping it is the event's count of that kind.
Split key: the file name.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from eval.common import (
    Extractor,
    Report,
    Timer,
    by_split,
    khabar_extract,
    overlaps,
    require,
    score_all,
)
from eval.disaster import published_from_name, rebuild
from eval.events_plover import share
from khabar.schema import Article, Event

CORPUS = "eval/hindi_events_disaster/annotated_train_xml"
EVENT_TAGS = {"MAN_MADE_EVENT", "NATURAL_EVENT"}
ARGUMENTS = {"PLACE-ARG": "place", "TIME-ARG": "time", "CASUALTIES-ARG": "casualties"}
POLITICAL: dict[str, frozenset[str]] = {
    "TERRORIST_ATTACK": frozenset({"ASSAULT"}),
    "SUICIDE_ATTACK": frozenset({"ASSAULT"}),
    "NORMAL_BOMBING": frozenset({"ASSAULT"}),
    "SHOOT_OUT": frozenset({"ASSAULT"}),
    "ARMED_CONFLICTS": frozenset({"ASSAULT"}),
    "RIOTS": frozenset({"PROTEST", "ASSAULT"}),
}

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    trigger: Span
    arguments: tuple[tuple[str, Span], ...]  # ("place" | "time" | "casualties", span)


@dataclass(frozen=True, slots=True)
class EventDoc:
    key: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]


def _token_elements(node: ET.Element) -> Iterator[ET.Element]:
    """Elements holding tokens, in the order ``rebuild`` lists their spans (children first)."""
    for child in node:
        if child.tag != "W":
            yield from _token_elements(child)
    if any((w.text or "").strip() for w in node.iter("W")):
        yield node


def read_document(path: Path) -> EventDoc:
    root = ET.parse(path).getroot()
    text, spans = rebuild(root)
    span_of: dict[int, Span] = {}
    for element, (tag, start, end) in zip(_token_elements(root), spans, strict=True):
        if element.tag != tag:
            raise ValueError(f"{path.name}: spans out of step with elements at {tag}")
        span_of[id(element)] = (start, end)
    linked: dict[str, list[tuple[str, Span]]] = {}
    for element in root.iter():
        if element.tag in ARGUMENTS and id(element) in span_of:
            for link in element.iter("LINK"):
                linked.setdefault(link.get("EVENT_ARG", ""), []).append(
                    (ARGUMENTS[element.tag], span_of[id(element)])
                )
    events = tuple(
        GoldEvent(e.get("TYPE", ""), span_of[id(e)], tuple(linked.get(e.get("ID", ""), ())))
        for e in root.iter()
        if e.tag in EVENT_TAGS and id(e) in span_of
    )
    return EventDoc(path.name, text, published_from_name(path.name), events)


def load_documents(folder: Path) -> tuple[list[EventDoc], list[str]]:
    """Every annotated document, and the names of files that are not well-formed XML."""
    docs, broken = [], []
    for path in sorted(folder.iterdir()):
        try:
            docs.append(read_document(path))
        except ET.ParseError:
            broken.append(path.name)
    return docs, broken


def argument_found(kind: str, span: Span, event: Event, article: Article) -> bool:
    """Whether ``event`` carries the gold argument (see the module docstring)."""
    if kind == "place":
        places = [e for e in article.entities if e.id == event.location]
        return any(overlaps((m.start, m.end), span) for e in places for m in e.mentions)
    if kind == "time":
        return event.date is not None and any(
            d.value == event.date and overlaps((d.start, d.end), span) for d in article.dates
        )
    return any(
        event.counts.get(c.what) == c.value and overlaps((c.start, c.end), span) for c in article.counts
    )


def _triggered(event: Event, span: Span) -> bool:
    return any(overlaps((t.start, t.end), span) for t in event.triggers)


def _on(event: Event, span: Span) -> bool:
    return any(
        overlaps(s, span) for s in ((event.start, event.end), *((e.start, e.end) for e in event.evidence))
    )


@dataclass
class DisasterEventScore:
    political: Counter[str] = field(default_factory=Counter)  # gold mentions per type
    found: Counter[str] = field(default_factory=Counter)
    found_trigger: Counter[str] = field(default_factory=Counter)  # by the event's own trigger word
    any_event: Counter[str] = field(default_factory=Counter)
    other_mentions: int = 0
    on_other: int = 0  # non-political gold mentions khabar put an event on
    khabar_events: int = 0
    on_political: int = 0  # khabar events on a political gold mention, with an accepted type
    arguments: Counter[str] = field(default_factory=Counter)
    arguments_ok: Counter[str] = field(default_factory=Counter)

    def add(self, doc: EventDoc, article: Article) -> None:
        self.khabar_events += len(article.events)
        right_events = set()
        for gold in doc.events:
            over = [e for e in article.events if _on(e, gold.trigger)]
            accepted = POLITICAL.get(gold.type)
            if accepted is None:
                self.other_mentions += 1
                self.on_other += bool(over)
                continue
            right = [e for e in over if e.type in accepted]
            right_events |= {id(e) for e in right}
            self.political[gold.type] += 1
            self.any_event[gold.type] += bool(over)
            self.found[gold.type] += bool(right)
            self.found_trigger[gold.type] += any(_triggered(e, gold.trigger) for e in right)
            if right:
                for kind, span in gold.arguments:
                    self.arguments[kind] += 1
                    self.arguments_ok[kind] += any(argument_found(kind, span, e, article) for e in right)
        self.on_political += len(right_events)


def score_docs(
    docs: Sequence[EventDoc], extract: Extractor = khabar_extract, workers: int = 1
) -> DisasterEventScore:
    return score_all(DisasterEventScore(), docs, extract, workers)


COLUMNS = [
    "split",
    "docs",
    "political mentions",
    "right type%",
    "right type, trigger%",
    "any event%",
    "khabar events on them%",
    "events on non-political%",
    "place%",
    "time%",
    "casualties%",
]


def score_row(split: str, n_docs: int, s: DisasterEventScore) -> list[str]:
    n = sum(s.political.values())
    return [
        split,
        str(n_docs),
        str(n),
        share(sum(s.found.values()), n),
        share(sum(s.found_trigger.values()), n),
        share(sum(s.any_event.values()), n),
        share(s.on_political, s.khabar_events),
        share(s.on_other, s.other_mentions),
        *(share(s.arguments_ok[k], s.arguments[k]) for k in ("place", "time", "casualties")),
    ]


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    docs, broken = load_documents(require(CORPUS))
    report = Report("events disaster: Hindi attack/riot event types and arguments", COLUMNS)
    per_type = Report(
        "events disaster: right type per gold type (clause level, trigger level)",
        ["gold type", "accepted", "dev", "test", "dev trigger", "test trigger"],
    )
    scores = {}
    for split, chosen in by_split(docs, limit):
        timer = Timer()
        scores[split] = score_docs(chosen, extract, workers)
        report.rows.append(score_row(split, len(chosen), scores[split]))
        report.notes.append(f"{split}: {timer.rate(len(chosen))}")
    for gold_type, accepted in POLITICAL.items():
        per_type.rows.append(
            [
                gold_type,
                "/".join(sorted(accepted)),
                *(share(scores[s].found[gold_type], scores[s].political[gold_type]) for s in scores),
                *(share(scores[s].found_trigger[gold_type], scores[s].political[gold_type]) for s in scores),
            ]
        )
    report.notes += [
        "right type%: political gold mentions (trigger spans) overlapped by a khabar event of that type (its "
        "clause); right type, trigger%: by one of that event's own trigger words",
        "khabar events on them%: share of all khabar events that are such a right event (a precision floor: "
        "the corpus annotates disasters and attacks only)",
        "events on non-political%: fires, accidents and natural disasters khabar put any event on",
        "place/time/casualties%: arguments linked to a found mention that the right event carries",
        f"{len(broken)} files skipped as malformed XML",
    ]
    return [report, per_type]

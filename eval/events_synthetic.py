"""NGEC's synthetic stories (``train/ngec_synthetic/gpt_synthetic_events.csv``): PLOVER type per story lead.

A generalisation check for English event typing, beside the small PLOVER GSR: 4,500 invented stories,
each labelled with one PLOVER type, whose event is told in the opening. khabar codes each story's first
sentence alone (as the GSR codes one sentence); per labelled type the table gives the share of leads with
any event, with the labelled type as their first event ("top", in text order) and among any of their
events ("any"); the confusion lists the first events' types of each label's misses. The stories are
training data (their wording is mined by ``python -m train event-words``), so they are split like the
evaluation sets, by headline (a headline's dozen stories share wording): mine and read errors on dev,
and take test as the held-out figure. Split key: the story's headline.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from eval.announced import plover_events
from eval.common import Extractor, Report, Timer, by_split, khabar_extract, pct, require, score_all
from khabar.schema import Article
from khabar.text.segment import segment
from khabar.text.sentences import split_sentences

SYNTHETIC_STORIES = "train/ngec_synthetic/gpt_synthetic_events.csv"
NO_EVENT = "-"


@dataclass(frozen=True, slots=True)
class Story:
    key: str
    text: str
    label: str


def lead_sentence(text: str) -> str:
    """A story's first sentence, as khabar splits it."""
    text = text.strip()
    sentences = split_sentences(text, segment(text))
    return text[sentences[0].start : sentences[0].end] if sentences else text


def read_stories(path: Path) -> list[Story]:
    """Every story's first sentence and label, keyed by its headline."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [Story(r["title"], lead_sentence(r["text"]), r["label"]) for r in rows if r["text"].strip()]


@dataclass
class SyntheticScore:
    by_type: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, story: Story, article: Article) -> None:
        events = sorted(plover_events(article.events), key=lambda e: e.start)
        counts = self.by_type[story.label]
        counts["n"] += 1
        counts["covered"] += bool(events)
        top = events[0].type if events else NO_EVENT
        counts["top"] += top == story.label
        counts["any"] += any(e.type == story.label for e in events)
        if top != story.label:
            self.confusion[story.label][top] += 1

    def total(self) -> Counter[str]:
        return sum(self.by_type.values(), Counter())


def cells(counts: Counter[str]) -> list[str]:
    n = counts["n"]
    return [str(n), *(pct(counts[k] / n if n else 0) for k in ("covered", "top", "any"))]


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    stories = read_stories(require(SYNTHETIC_STORIES))
    columns = [
        "type",
        *(f"{split} {c}" for split in ("dev", "test") for c in ("n", "event%", "top%", "any%")),
    ]
    table = Report("events synthetic: NGEC synthetic story leads, PLOVER type per label", columns)
    confusion = Report(
        "events synthetic: first event of dev misses per label", ["type", "first events (dev)"]
    )
    scores: dict[str, SyntheticScore] = {}
    for split, chosen in by_split(stories, limit):
        timer = Timer()
        scores[split] = score_all(SyntheticScore(), chosen, extract, workers)
        table.notes.append(f"{split}: {timer.rate(len(chosen))}")
    for label in sorted(scores["dev"].by_type | scores["test"].by_type):
        table.rows.append([label, *(c for s in ("dev", "test") for c in cells(scores[s].by_type[label]))])
        misses = scores["dev"].confusion[label].most_common(6)
        confusion.rows.append([label, ", ".join(f"{t} {k}" for t, k in misses)])
    table.rows.append(["all", *(c for s in ("dev", "test") for c in cells(scores[s].total()))])
    table.notes += [
        "event%: leads with any event; top%: first event (text order) of the type; any%: any event of it",
        "split by headline; mine words and read errors on dev only",
    ]
    return [table, confusion]

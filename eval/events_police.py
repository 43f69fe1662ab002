"""IndiaPoliceEvents: sentence labels KILL, ARREST, FORCE, FAIL and ANY_ACTION from khabar's events.

Each document is rebuilt from its sentences (joined by one space, so every sentence keeps its span) and
coded once, with the date from ``metadata.jsonl``; an event belongs to every sentence holding its start
or the start of one of its evidence spans or trigger words (one event told in several sentences; a trigger
counts where the corpus cut a sentence inside its clause, after an abbreviation's full stop).
A sentence is predicted with a label when one of its asserted events reads so (``labels_of``): an act
announced, intended or made possible ("will arrest", "may be arrested", "must be arrested") is no act.

* KILL: an ASSAULT by police (source sector COP) that is ``fatal`` (someone died: "killed in police
  firing"; an injury is an assault, not a killing);
* ARREST: a COERCE with mode arrest (or ACLED "Arrests") whose source is police, a government or unnamed;
* FORCE: an ASSAULT by police, or a police COERCE of mode repression (CAMEO 175, violent repression);
* FAIL: a negated act of keeping order or of help by police ("failed to arrest", "looked the other way",
  "inaction on the part of the police": khabar codes inaction as the act not done, ``negated``; "did
  not allow them to enter" is a restriction, "have not ruled out" no act: no inaction), or a negated
  COERCE of mode repression with no source or a government one ("the sparse police presence", "the
  police and authorities looked the other way": an inaction cue needs a police word in its clause, or
  says order was not kept);
* ANY_ACTION: any of the above but FAIL, or any other event by police.

A negated event gives no action label: "the police did not arrest him" is no arrest.

Split key: ``doc_id``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from eval.announced import plover_events
from eval.common import (
    PRF,
    Extractor,
    Report,
    Timer,
    by_split,
    khabar_extract,
    prf_cells,
    require,
    score_all,
)
from khabar.schema import Article, Event

POLICE_DIR = "eval/india_police_events"
LABELS = ("KILL", "ARREST", "FORCE", "FAIL", "ANY_ACTION")
POLICE = "COP"
ARRESTING_SECTORS = {POLICE, "GOV", "JUD", None}
INACTION_SECTORS = {"GOV", None}  # besides police: whose order not kept is the police's failure
DUTIES = {"COERCE", "ASSAULT", "MOBILIZE", "AID"}  # acts of keeping order or of help: not done, inaction
INVESTIGATION = "investigate"  # ... and the ACCUSE mode of a police inquiry ("did not investigate")
VIOLENT_REPRESSION = "175"
REPRESSION = "repression"
ASSERTED = "asserted"


@dataclass(frozen=True, slots=True)
class PoliceDoc:
    key: str
    text: str
    published: date | None
    sentences: tuple[tuple[int, int, frozenset[str]], ...]  # span and gold labels


def read_documents(folder: Path) -> list[PoliceDoc]:
    """Documents rebuilt from ``sents.jsonl`` in sentence order, dated from ``metadata.jsonl``."""
    dates: dict[str, date] = {}
    with (folder / "metadata.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("date"):
                dates[str(row["doc_id"])] = date.fromisoformat(row["date"])
    by_doc: dict[str, list[tuple[int, str, list[str]]]] = defaultdict(list)
    with (folder / "sents.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            by_doc[str(row["doc_id"])].append((row["sent_id"], row["sent_text"], row["sent_labels"]))
    docs = []
    for key, rows in by_doc.items():
        parts, spans, position = [], [], 0
        for _, sentence, labels in sorted(rows, key=lambda row: row[0]):
            sentence = sentence.strip()
            parts.append(sentence)
            spans.append((position, position + len(sentence), frozenset(labels)))
            position += len(sentence) + 1
        docs.append(PoliceDoc(key, " ".join(parts), dates.get(key), tuple(spans)))
    return docs


def labels_of(event: Event) -> set[str]:
    """The IndiaPoliceEvents labels one khabar event supports (see the module docstring)."""
    cameo = event.cameo or ""
    by_police = event.source_sector == POLICE
    if event.modality != ASSERTED:
        return set()
    repression = event.mode == REPRESSION or cameo.startswith(VIOLENT_REPRESSION)
    if event.negated:  # "the police failed to arrest him", "did not intervene": inaction, no action
        # force to keep order not used, by no one named or by the civil authorities that command the police
        # ("the police and authorities looked the other way"): the inaction cues need such a word in a clause
        inaction = event.type == "COERCE" and repression and event.source_sector in INACTION_SECTORS
        duty = event.type in DUTIES or event.mode == INVESTIGATION
        return {"FAIL"} if (by_police and duty) or inaction else set()
    violent = event.type == "ASSAULT"
    arrest = (event.type == "COERCE" and event.mode == "arrest") or event.acled_sub_event_type == "Arrests"
    labels = set()
    if by_police and violent and event.fatal:
        labels.add("KILL")
    if arrest and event.source_sector in ARRESTING_SECTORS:
        labels.add("ARREST")
    if by_police and (violent or (event.type == "COERCE" and repression)):
        labels.add("FORCE")
    if labels or by_police:
        labels.add("ANY_ACTION")
    return labels


def _anchors(event: Event) -> tuple[int, ...]:
    """The offsets that place an event in a sentence: its start, its evidence spans', its triggers'."""
    return (event.start, *(e.start for e in event.evidence), *(t.start for t in event.triggers))


@dataclass
class PoliceScore:
    per_label: dict[str, PRF] = field(default_factory=lambda: {label: PRF() for label in LABELS})
    sentences: int = 0

    def add(self, doc: PoliceDoc, article: Article) -> None:
        for start, end, gold in doc.sentences:
            self.sentences += 1
            predicted: set[str] = set()
            for event in plover_events(article.events):
                if any(start <= at < end for at in _anchors(event)):
                    predicted |= labels_of(event)
            for label in LABELS:
                hit = int(label in gold and label in predicted)
                self.per_label[label] += PRF(hit, int(label in predicted), hit, int(label in gold))


def score_documents(
    docs: Sequence[PoliceDoc], extract: Extractor = khabar_extract, workers: int = 1
) -> PoliceScore:
    return score_all(PoliceScore(), docs, extract, workers)


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    docs = read_documents(require(POLICE_DIR))
    report = Report(
        "events police: IndiaPoliceEvents sentence labels",
        ["split", "docs", "sentences", "label", "gold", "pred", "P%", "R%", "F1%"],
    )
    for split, chosen in by_split(docs, limit):
        timer = Timer()
        score = score_documents(chosen, extract, workers)
        report.rows += [
            [split, str(len(chosen)), str(score.sentences), label, *prf_cells(prf)]
            for label, prf in score.per_label.items()
        ]
        report.notes.append(f"{split}: {timer.rate(len(chosen))} (documents)")
    report.notes += [
        "FAIL: a negated police act of keeping order or of help (khabar codes inaction as the act not done)",
        "the text is lower-cased Times of India prose from March 2002, with mojibake quotes",
    ]
    return [report]

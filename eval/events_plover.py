"""PLOVER gold records (``plover_gsr/PLOVER_GSR_CAMEO.json``): event type, mode and actors per sentence.

Each record's ``text`` is coded alone. Type accuracy is read two ways: the first event khabar finds (in
text order) has the gold type ("top"), or any of its events has it ("any"). Mode and actors are read
from the first event of the gold type, else from the first event. An actor matches a gold one by
country and sector (the gold sector only when it gives one) or by name (either contains the other,
case-insensitive). Gold modes are written in the GSR's older spelling (``strike-hun``, ``demo-org``), so
``GOLD_MODES`` lists the khabar modes each stands for; likewise four of its types are older PLOVER names,
renamed by ``GOLD_TYPES`` to the 16 types khabar codes (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE ->
ACCUSE, FIGHT -> ASSAULT). Split key: the record's index in the JSON list.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval.announced import plover_events
from eval.common import (
    Extractor,
    Report,
    Timer,
    by_split,
    khabar_extract,
    pct,
    require,
    score_all,
)
from khabar.schema import Article, Event

PLOVER_GSR = "eval/plover_gsr/PLOVER_GSR_CAMEO.json"
GOLD_MODES: dict[str, set[str]] = {
    "strike-hun": {"hunger", "hunger strike"},
    "strike-gen": {"strike", "general strike"},
    "demo-org": {"demo"},
    "demo-spon": {"demo"},
    "riot-spon": {"riot"},
    "riot": {"riot"},
    "detain": {"arrest", "detain"},
    "arrest": {"arrest"},
    "martial-law": {"martial law", "state of emergency"},
    "curfew": {"curfew", "state of emergency"},
    "destroy": {"vandalize", "destroy"},
    "confiscate": {"seize"},
    "troops": {"troops", "military"},
    "visit": {"visit"},
    "host": {"host", "visit"},
}
SECTOR_ALIASES = {"CIV": "CVL", "***": None}
GOLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class PloverRecord:
    key: str
    text: str
    event: str
    mode: str | None
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]


def gold_actor(raw: dict[str, Any]) -> GoldActor:
    """A GSR actor: its code is an ISO3 country (or a group such as IGO), its sector the first 3 letters."""
    code = (raw.get("code") or "").upper()
    sector = (raw.get("sector") or "")[:3].upper() or None
    sector = SECTOR_ALIASES.get(sector, sector) if sector else None
    return GoldActor(raw.get("actorText") or "", code if len(code) == 3 else None, sector)


def read_records(path: Path) -> list[PloverRecord]:
    """Every coded sentence (the DOCUMENT header record is skipped), keyed by its index in the list."""
    records = []
    for index, raw in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        if raw.get("event") == "DOCUMENT" or not raw.get("text"):
            continue
        actors = {
            side: tuple(gold_actor(a) for a in raw[side] if isinstance(a, dict))
            if isinstance(raw.get(side), list)
            else ()
            for side in ("source", "target")
        }
        mode = (raw.get("mode") or "").strip() or None
        event = GOLD_TYPES.get(raw["event"], raw["event"])
        records.append(PloverRecord(str(index), raw["text"], event, mode, actors["source"], actors["target"]))
    return records


def mode_matches(gold: str, predicted: str | None) -> bool:
    if predicted is None:
        return False
    wanted = GOLD_MODES.get(gold, {gold.replace("-", " ")})
    return predicted.replace("_", " ").replace("-", " ").casefold() in wanted


def actor_matches(gold: GoldActor, country: str | None, sector: str | None, names: Sequence[str]) -> bool:
    """Same country (and sector, when gold gives one), or one name contains the other."""
    if gold.country and country == gold.country and (gold.sector is None or sector == gold.sector):
        return True
    want = gold.text.casefold()
    return bool(want) and any(n and (want in n.casefold() or n.casefold() in want) for n in names)


def side_matches(golds: Sequence[GoldActor], event: Event, article: Article, side: str) -> bool:
    names = {e.id: e.name for e in article.entities}
    entity_id, span = getattr(event, side), getattr(event, f"{side}_text")
    surfaces = [names.get(entity_id or "", ""), span.text if span else ""]
    country, sector = getattr(event, f"{side}_country"), getattr(event, f"{side}_sector")
    return any(actor_matches(g, country, sector, surfaces) for g in golds)


@dataclass
class PloverScore:
    n: int = 0
    covered: int = 0
    type_top: int = 0
    type_any: int = 0
    modes: int = 0
    mode_ok: int = 0
    sources: int = 0
    source_ok: int = 0
    targets: int = 0
    target_ok: int = 0
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, record: PloverRecord, article: Article) -> None:
        events = sorted(plover_events(article.events), key=lambda e: e.start)
        self.n += 1
        self.by_type[record.event][0] += 1
        if record.mode:
            self.modes += 1
        self.sources += bool(record.sources)
        self.targets += bool(record.targets)
        if not events:
            return
        self.covered += 1
        top_ok = events[0].type == record.event
        self.type_top += top_ok
        self.by_type[record.event][1] += top_ok
        same_type = [e for e in events if e.type == record.event]
        self.type_any += bool(same_type)
        chosen = same_type[0] if same_type else events[0]
        if record.mode and same_type:
            self.mode_ok += mode_matches(record.mode, chosen.mode)
        if record.sources:
            self.source_ok += side_matches(record.sources, chosen, article, "source")
        if record.targets:
            self.target_ok += side_matches(record.targets, chosen, article, "target")


def score_records(
    records: Sequence[PloverRecord], extract: Extractor = khabar_extract, workers: int = 1
) -> PloverScore:
    return score_all(PloverScore(), records, extract, workers)


def share(ok: int, n: int) -> str:
    """``ok`` of ``n`` as a percentage, with the counts."""
    return f"{pct(ok / n if n else 0)} ({ok}/{n})"


COLUMNS = ["split", "records", "coverage%", "type top%", "type any%", "mode%", "source%", "target%"]


def score_row(split: str, s: PloverScore) -> list[str]:
    return [
        split,
        str(s.n),
        share(s.covered, s.n),
        share(s.type_top, s.n),
        share(s.type_any, s.n),
        share(s.mode_ok, s.modes),
        share(s.source_ok, s.sources),
        share(s.target_ok, s.targets),
    ]


def run(extract: Extractor = khabar_extract, workers: int = 1, limit: int | None = None) -> list[Report]:
    records = read_records(require(PLOVER_GSR))
    report = Report("events plover: PLOVER GSR type, mode and actors", COLUMNS)
    per_type = Report("events plover: type accuracy (top) per gold type", ["type", "dev", "test"])
    scores = {}
    for split, chosen in by_split(records, limit):
        timer = Timer()
        scores[split] = score_records(chosen, extract, workers)
        report.rows.append(score_row(split, scores[split]))
        report.notes.append(f"{split}: {timer.rate(len(chosen))}")
    report.notes += [
        "goal: type accuracy >= 85 % on test",
        "mode%: of gold records with a mode, khabar's event of the gold type has that mode",
        "source%/target%: of gold records with that actor, matched by country+sector or by name",
    ]
    for name in sorted(set(scores["dev"].by_type) | set(scores["test"].by_type)):
        per_type.rows.append(
            [name, *(share(*reversed(scores[s].by_type.get(name, [0, 0]))) for s in ("dev", "test"))]
        )
    return [report, per_type]

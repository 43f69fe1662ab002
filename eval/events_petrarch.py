"""PETRARCH validation records: the share of expected CAMEO codings khabar produces, and its extra ones.

Two sets: the PETRARCH unit tests (``PETR.UnitTest.records.xml``, stylised sentences coded with the toy
``PETR.Validate.actors.txt``) and the PETRARCH-2 GSR file (``PETR2_GSR_validation.xml``, AFP sentences
coded with the Phoenix actor dictionaries). Each is coded with its actor dictionary loaded through
``Knowledge(actor_files=...)``. The files are read with regular expressions because the GSR file is not
well-formed XML (its ``<Sentence .../>`` tags close early).

An expected coding is produced when an event of the sentence has the same CAMEO root (first two digits);
its source (target) also matches when the event's actor has the coding's country and sector. The actor's
country and sector come from the CAMEO code of the dictionary entry its entity is linked to (the role
valid on the sentence date), else from the event's ``source_country``/``source_sector``; the event's own
sector, when set, overrides the entry's ("Gondor troops"). A first part that is neither an ISO country
nor a sector (the toy states: Arnor, Gondor) is kept as the "country". Split key: the Sentence ``id``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from eval.announced import plover_events
from eval.common import Extractor, Report, Timer, by_split, extract_all, pct, require
from khabar.knowledge.base import Knowledge
from khabar.knowledge.cameo import CAMEO_SECTORS, cameo_country_sector
from khabar.schema import Article, Event

UNIT_TESTS = "eval/petrarch_validation/PETR.UnitTest.records.xml"
UNIT_ACTORS = ("eval/petrarch_validation/PETR.Validate.actors.txt",)
GSR = "eval/petrarch_validation/PETR2_GSR_validation.xml"
GSR_ACTORS = tuple(
    f"eval/cameo_phoenix_dictionaries/Phoenix.{name}.actors.txt"
    for name in ("Countries", "International", "MilNonState")
)

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTRIBUTE = re.compile(r"(\w+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_INCLUDE = re.compile(r"<Include>(.*?)</Include>", re.S)

Parts = tuple[str | None, str | None]


@dataclass(frozen=True, slots=True)
class Coding:
    source: str
    target: str
    event: str


@dataclass(frozen=True, slots=True)
class PetrarchSentence:
    key: str
    text: str
    published: date | None
    codings: tuple[Coding, ...]  # empty for "noevents" records


def _attributes(raw: str) -> dict[str, str]:
    return {name: double or single for name, double, single in _ATTRIBUTE.findall(raw)}


def _day(value: str) -> date | None:
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None


def read_sentences(path: Path) -> list[PetrarchSentence]:
    """Enabled sentences of an included category, with their codings (error codings left out)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    include = _INCLUDE.search(raw)
    categories = set(include.group(1).split()) if include else None
    body = raw[raw.find("<Sentences>") :]
    sentences = []
    for head, content in _SENTENCE.findall(body):
        attributes = _attributes(head)
        if attributes.get("sentence") == "false" or (
            categories is not None and attributes.get("category") not in categories
        ):
            continue
        text = _TEXT.search(content)
        if not text or "id" not in attributes:
            continue
        codings = tuple(
            Coding(a["sourcecode"], a["targetcode"], a["eventcode"])
            for a in map(_attributes, _CODING.findall(content))
            if "eventcode" in a and "error" not in a
        )
        sentences.append(
            PetrarchSentence(
                attributes["id"], " ".join(text.group(1).split()), _day(attributes.get("date", "")), codings
            )
        )
    return sentences


def code_parts(code: str) -> Parts:
    """Country and sector of a CAMEO actor code; a first part that is neither an ISO country nor a sector
    (the toy states: ``ARN``, ``GON``) is kept as the country."""
    country, sector = cameo_country_sector(code)
    first = code[:3].upper()
    if country is None and first != "---" and first not in CAMEO_SECTORS:
        country = first
    return country, sector


@cache
def knowledge_for(actor_files: tuple[str, ...]) -> Knowledge:
    return Knowledge(actor_files=actor_files)


@dataclass(frozen=True, slots=True)
class ExtractWithActors:
    """``khabar.extract`` with user actor dictionaries: picklable, so it can go to the process pool."""

    actor_files: tuple[str, ...]

    def __call__(self, text: str, published: date | None) -> Article:
        from khabar.pipeline import extract

        return extract(text, published=published, knowledge=knowledge_for(self.actor_files))


def event_parts(
    event: Event, side: str, article: Article, knowledge: Knowledge | None, day: date | None
) -> Parts:
    """Country and sector of the event's source or target (see the module docstring)."""
    country, sector = getattr(event, f"{side}_country"), getattr(event, f"{side}_sector")
    entity = next((e for e in article.entities if e.id == getattr(event, side)), None)
    actor = knowledge.actors.get(entity.kb_id) if knowledge and entity and entity.kb_id else None
    role = actor.role_on(day) if actor else None
    code = (role.cameo if role else None) or (actor.cameo if actor else None)
    if code:
        linked_country, linked_sector = code_parts(code)
        return linked_country or country, sector or linked_sector
    return country, sector


@dataclass
class PetrarchScore:
    sentences: int = 0
    expected: int = 0
    root_ok: int = 0
    source_ok: int = 0
    target_ok: int = 0
    all_ok: int = 0
    produced: int = 0
    extra: int = 0
    uncoded: int = 0  # events without a CAMEO code

    def add(self, sentence: PetrarchSentence, article: Article, knowledge: Knowledge | None) -> None:
        self.sentences += 1
        self.expected += len(sentence.codings)
        events = list(plover_events(article.events))
        self.produced += len(events)
        self.uncoded += sum(not e.cameo for e in events)
        roots = {c.event[:2] for c in sentence.codings}
        self.extra += sum(not e.cameo or e.cameo[:2] not in roots for e in events)
        parts = {
            (id(e), side): event_parts(e, side, article, knowledge, sentence.published)
            for e in events
            for side in ("source", "target")
        }
        for coding in sentence.codings:
            same_root = [e for e in events if e.cameo and e.cameo[:2] == coding.event[:2]]
            sources = {id(e) for e in same_root if parts[id(e), "source"] == code_parts(coding.source)}
            targets = {id(e) for e in same_root if parts[id(e), "target"] == code_parts(coding.target)}
            self.root_ok += bool(same_root)
            self.source_ok += bool(sources)
            self.target_ok += bool(targets)
            self.all_ok += bool(sources & targets)


def score_sentences(
    sentences: Sequence[PetrarchSentence],
    extract: Extractor,
    knowledge: Knowledge | None = None,
    workers: int = 1,
) -> PetrarchScore:
    score = PetrarchScore()
    articles = extract_all([(s.text, s.published) for s in sentences], extract, workers)
    for sentence, article in zip(sentences, articles, strict=True):
        score.add(sentence, article, knowledge)
    return score


COLUMNS = [
    "set",
    "split",
    "sentences",
    "expected",
    "root%",
    "root+source%",
    "root+target%",
    "all three%",
    "khabar events",
    "extra",
    "no CAMEO",
]


def score_row(name: str, split: str, s: PetrarchScore) -> list[str]:
    def share(ok: int) -> str:
        return pct(ok / s.expected if s.expected else 0)

    return [
        name,
        split,
        str(s.sentences),
        str(s.expected),
        share(s.root_ok),
        share(s.source_ok),
        share(s.target_ok),
        share(s.all_ok),
        str(s.produced),
        str(s.extra),
        str(s.uncoded),
    ]


def run(extract: Extractor | None = None, workers: int = 1, limit: int | None = None) -> list[Report]:
    """Both sets; ``extract`` replaces khabar (with the set's dictionary) when given, e.g. in tests."""
    report = Report("events petrarch: expected CAMEO codings produced", COLUMNS)
    for name, records, actor_paths in (("unit tests", UNIT_TESTS, UNIT_ACTORS), ("GSR", GSR, GSR_ACTORS)):
        sentences = read_sentences(require(records))
        files = tuple(str(require(p)) for p in actor_paths)
        knowledge = knowledge_for(files)
        for split, chosen in by_split(sentences, limit):
            timer = Timer()
            score = score_sentences(chosen, extract or ExtractWithActors(files), knowledge, workers)
            report.rows.append(score_row(name, split, score))
            report.notes.append(f"{name} {split}: {timer.rate(len(chosen))}")
    report.notes += [
        "root%: expected codings with an event of the same CAMEO root; +source/+target: that event's actor "
        "has the coding's country and sector; all three: one event matches root, source and target",
        "extra: khabar events whose CAMEO root is in no expected coding of the sentence (or with no CAMEO)",
        "the unit tests use a toy world (Arnor, Gondor...) and PETRARCH's toy dictionary: a functional check",
    ]
    return [report]

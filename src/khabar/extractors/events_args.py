"""Argument attachment for the event coder: clauses, actor candidates and their roles.

No parser ships offline for Hindi (nor a light one for English), so this is a small layer over
the cues each language gives as data (``lang/<code>/events.yaml``, ``grammar``): clauses are
cut at complementizers, subordinators and relatives; an actor's role comes from the marker
next to it (Hindi postpositions after the noun: ने agent, द्वारा by, को object, का/की/के of;
English prepositions before it), and from word order (SVO, SOV) when unmarked. The code knows
no language: which side markers stand on is ``cues.grammar(...).postpositional``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.knowledge.crosswalk import state_sectors
from khabar.lang import merged, topic
from khabar.lang.models import Events, LanguageRules
from khabar.schema import Entity
from khabar.text.normalise import fold

# The event stage's own word pattern, until it reads ``doc.tokens`` (moved here from ``cues``).
TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097F\u0300-\u036F\u064B-\u065F\u0670']+")
Phrase = tuple[str, ...]
Modality = tuple[
    str, tuple[str, ...], tuple[str, ...], tuple[str, ...]
]  # name, padded before/after, suffixes
LOOK_WORDS = 3  # words looked at on either side of a trigger or an actor
NEAR_CHARS = 14  # characters between a country word and the group it qualifies ("रूसी पैराट्रूपर्स")
_CLAUSE_PUNCT = re.compile(r"[;:—–()\[\]]")
_LOWER_STOP = re.compile(r"(?<=[^\W\d_]{2})[.!?][\"'”’)]*\s+(?=[^\W\d_])")


@cache
def _stops() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where the words around an offset stop: clause punctuation, quotation marks and every shipped
    language's sentence terminators (``lang/<code>/language.yaml``); the first stop, and the text
    up to the last one."""
    terminators = {t for data in merged(LanguageRules).values() for t in data.sentence_terminators}
    marks = re.escape("".join(sorted(terminators | set(',;:\n"“”'))))
    return re.compile(f"[{marks}]"), re.compile(f".*[{marks}]", re.S)


def phrases(words: Sequence[str] | None) -> tuple[Phrase, ...]:
    """Folded word tuples, longest first."""
    out = {tuple(TOKEN.findall(fold(str(w)))) for w in words or ()}
    return tuple(sorted((p for p in out if p), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class ArgCues:
    """The grammar cues of one language's ``events.yaml`` that attachment and modality read."""

    postpositional: bool
    genitive: tuple[Phrase, ...]
    locative: tuple[Phrase, ...]
    target_prepositions: tuple[Phrase, ...]
    determiners: frozenset[str]
    quantities: frozenset[str]
    light_verbs: frozenset[str]
    bridges: tuple[Phrase, ...]  # words between a noun and its light verb ("भी", "की घटना")
    auxiliaries: frozenset[str]
    passive: frozenset[str]
    infinitive_suffixes: tuple[str, ...]
    infinitive_kept_before: tuple[Phrase, ...]
    infinitive_before: tuple[Phrase, ...]
    attempts: frozenset[str]  # words before "to" whose infinitive is the act itself ("tried to")
    demonstratives: frozenset[str]  # "this attack", "यह हमला": a noun that refers back
    relatives: frozenset[str]
    negation: tuple[str, ...]  # padded
    negation_suffixes: tuple[str, ...]
    not_negation: tuple[str, ...]  # padded
    modality: tuple[Modality, ...]
    not_destination: frozenset[str] = frozenset()  # "border with X": X is not where forces go
    markers: dict[Phrase, str] = field(default_factory=dict)  # every marker phrase -> its role
    longest_marker: int = 1


@cache
def arg_cues(language: str | None) -> ArgCues:
    data = topic(language, Events).grammar
    g = grammar(language)
    roles = {
        "agent": phrases(data.agent),
        "by": phrases(data.by),
        "object": phrases(data.object),
        "genitive": phrases(data.genitive),
        "oblique": phrases(data.oblique),
        "possessor": phrases(data.possessor),
    }
    locative = tuple(g.locative_markers)
    markers = {p: "locative" for p in locative}
    markers.update((p, role) for role, items in roles.items() for p in items)
    modality = tuple(
        (name, padded(spec.before), padded(spec.after), tuple(fold(s) for s in spec.suffixes))
        for name, spec in data.modality.items()
    )
    return ArgCues(
        postpositional=g.postpositional,
        locative=locative,
        target_prepositions=phrases(data.target_prepositions),
        determiners=frozenset(fold(w) for w in data.determiners),
        quantities=frozenset(fold(w) for w in data.quantities),
        light_verbs=frozenset(fold(w) for w in data.light_verbs),
        bridges=phrases(data.bridges),
        auxiliaries=frozenset(fold(w) for w in data.auxiliaries),
        passive=frozenset(fold(w) for w in data.passive),
        infinitive_suffixes=tuple(fold(s) for s in data.infinitive_suffixes),
        infinitive_kept_before=phrases(data.infinitive_kept_before),
        infinitive_before=phrases(data.infinitive_before),
        attempts=frozenset(fold(w) for w in data.attempts),
        not_destination=frozenset(fold(w) for w in data.not_destination),
        demonstratives=frozenset(fold(w) for w in data.demonstratives),
        relatives=frozenset(fold(w) for w in data.relatives),
        negation=padded(data.negation),
        negation_suffixes=tuple(fold(s) for s in data.negation_suffixes),
        not_negation=padded(data.not_negation),
        modality=modality,
        markers=markers,
        longest_marker=max(map(len, markers), default=1),
        genitive=roles["genitive"],
    )


# --- words around an offset ----------------------------------------------------------------


def words_after(doc: Doc, end: int, count: int = LOOK_WORDS, limit: int | None = None) -> list[str]:
    """Folded words after original offset ``end`` (up to ``limit``), stopping at clause punctuation."""
    f = doc.folded
    start = f.folded_index(end)
    stop = f.folded_index(limit) if limit is not None else start + 60
    window = f.text[start : min(stop, start + 60)]
    if cut := _stops()[0].search(window):
        window = window[: cut.start()]
    return TOKEN.findall(window)[:count]


def words_before(doc: Doc, start: int, count: int = LOOK_WORDS, limit: int | None = None) -> list[str]:
    """Folded words before original offset ``start`` (from ``limit``), nearest last, to punctuation."""
    f = doc.folded
    end = f.folded_index(start)
    begin = max(f.folded_index(limit) if limit is not None else 0, end - 60)
    window = f.text[begin:end]
    cut = _stops()[1].match(window)
    return TOKEN.findall(window[cut.end() if cut else 0 :])[-count:]


def starts_with(words: Sequence[str], options: Sequence[Phrase]) -> Phrase | None:
    for phrase in options:
        if tuple(words[: len(phrase)]) == phrase:
            return phrase
    return None


def padded(words: Sequence[str] | None) -> tuple[str, ...]:
    """Folded phrases as ``" w1 w2 "`` strings, for ``contains``."""
    return tuple(f" {' '.join(p)} " for p in phrases(words))


def contains(words: Sequence[str], options: Sequence[str]) -> bool:
    """Does the word sequence hold one of the ``padded`` phrases?"""
    joined = f" {' '.join(words)} "
    return any(p in joined for p in options)


# --- clauses -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    sentence: tuple[int, int]
    opener: str | None  # the folded break word that opened it ("कि", "who"), if any


def sentence_bounds(doc: Doc, offset: int) -> tuple[int, int]:
    """The sentence (or, without sentences, the segment or text) holding ``offset``; a sentence is
    also cut where a full stop ends a lower-case word and a lower-case word follows it (all
    lower-case text, where the sentence splitter sees no sentence start)."""
    unit = doc.sentence_at(offset) or doc.segment_at(offset)
    start, end = (unit.start, unit.end) if unit else (0, len(doc.text))
    cuts = _lower_case_stops(doc.text, start, end)
    if cuts:
        at = bisect_right(cuts, offset)
        start, end = (cuts[at - 1] if at else start), (cuts[at] if at < len(cuts) else end)
    return start, end


@lru_cache(maxsize=512)
def _lower_case_stops(text: str, start: int, end: int) -> tuple[int, ...]:
    """Offsets in ``text[start:end]`` where a sentence starts after "said. the ..." ."""
    return tuple(
        m.end()
        for m in _LOWER_STOP.finditer(text, start, end)
        if text[m.start() - 1].islower() and text[m.end()].islower()
    )


def clause_at(doc: Doc, start: int, end: int, breaks: Sequence[tuple[int, int, str]]) -> Clause:
    """The clause holding ``[start, end)``: the sentence cut at break words and clause punctuation."""
    s_start, s_end = sentence_bounds(doc, start)
    left, right, opener = s_start, s_end, None
    for b_start, b_end, word in breaks:
        if s_start <= b_start and b_end <= start and b_start >= left:
            left, opener = b_start, word
        elif end <= b_start < right:
            right = b_start
    for m in _CLAUSE_PUNCT.finditer(doc.text, left, right):
        if m.end() <= start:
            left, opener = m.end(), None
        elif m.start() >= end:
            right = m.start()
            break
    return Clause(left, right, (s_start, s_end), opener)


# --- actor candidates ----------------------------------------------------------------------


@dataclass(slots=True)
class Actor:
    """A noun phrase that can fill a role: an entity mention, a group phrase, or a pronoun."""

    start: int
    end: int
    kind: str  # "entity" | "group" | "pronoun" | "anaphor"
    entity: str | None = None
    entity_type: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    refers_to: str | None = None  # for anaphors: the entity type they stand for
    mark: Phrase | None = None
    role: str | None = None  # role of the marker: agent, by, object, genitive, oblique, locative

    @property
    def key(self) -> str | None:
        """Who acts, for merging: the state for state actors, else the entity or group."""
        if self.country and (self.entity_type == "COUNTRY" or self.sector in state_sectors()):
            return f"state:{self.country}"
        return self.entity or (f"group:{self.name}" if self.name else None)


def entity_actors(entities: Sequence[Entity]) -> list[Actor]:
    out: list[Actor] = []
    for e in entities:
        for m in e.mentions:
            out.append(Actor(m.start, m.end, "entity", e.id, e.type, e.name, e.country, e.sector))
    return out


def group_actors(
    doc: Doc, groups: Sequence[tuple[int, int, str, str | None]], entity_mentions: Sequence[Actor]
) -> list[Actor]:
    """Group phrases ("police", "कज़ाख सरकार") not inside an entity mention, with the country of a
    country word right before them. A state group takes its country entity as its entity."""
    out: list[Actor] = []
    countries = [a for a in entity_mentions if a.entity_type == "COUNTRY"]
    spans = sorted((a.start, a.end) for a in entity_mentions)
    starts = [lo for lo, _ in spans]
    for start, end, name, sector in groups:
        before = bisect_right(starts, start)
        if any(hi >= end for _, hi in spans[max(0, before - 3) : before]):
            continue
        actor = Actor(start, end, "group", name=name, sector=sector)
        for c in countries:
            if 0 <= start - c.end <= NEAR_CHARS and _only_genitive(doc, c.end, start):
                actor.start, actor.country = c.start, c.country
                if sector in state_sectors():
                    actor.entity, actor.entity_type = c.entity, "COUNTRY"
                break
        out.append(actor)
    return out


def _only_genitive(doc: Doc, start: int, end: int) -> bool:
    between = TOKEN.findall(doc.folded.text[doc.folded.folded_index(start) : doc.folded.folded_index(end)])
    cues = arg_cues(doc.language_at(start))
    return all((w,) in cues.genitive or w in ("s", "'s") for w in between)


def mark_actor(doc: Doc, actor: Actor) -> None:
    """Set the marker (and its role) that gives the actor its role in the clause."""
    cues = arg_cues(doc.language_at(actor.start))
    if cues.postpositional:
        words = words_after(doc, actor.end, cues.longest_marker)
    else:
        words = words_before(doc, actor.start, cues.longest_marker + 2)
        while words:  # skip "the", "city", and "thousands of" between a preposition and its noun
            if words[-1] in cues.determiners:
                words.pop()
            elif len(words) >= 2 and words[-2] in cues.quantities:
                del words[-2:]
            else:
                break
    for size in range(min(cues.longest_marker, len(words)), 0, -1):
        phrase = tuple(words[:size]) if cues.postpositional else tuple(words[-size:])
        if (role := cues.markers.get(phrase)) is not None:
            actor.mark, actor.role = phrase, role
            return


def words_between(doc: Doc, start: int, end: int) -> list[str]:
    f = doc.folded
    return TOKEN.findall(f.text[f.folded_index(start) : f.folded_index(end)])

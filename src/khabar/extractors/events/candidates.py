"""Argument candidates: the noun phrases of an article that can fill a role (entity mentions, group
phrases, pronouns, anaphors), each with the marker next to it that gives its role in the clause
(Hindi postpositions after the noun, English prepositions before it)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from khabar.doc import Doc
from khabar.extractors.events.clauses import sentence_bounds
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.syntax import arg_cues
from khabar.extractors.events.triggers import Hit
from khabar.knowledge.crosswalk import state_sectors
from khabar.schema import Entity
from khabar.text.ranges import ByStart
from khabar.text.tokens import Phrase

NEAR_CHARS = 14  # characters between a country word and the group it qualifies ("रूसी पैराट्रूपर्स")


@dataclass(frozen=True, slots=True)
class Candidate:
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


def find_candidates(doc: Doc, hits: Sequence[Hit], entities: Sequence[Entity]) -> list[Candidate]:
    """Entity mentions, group phrases, pronouns and anaphors, in text order, marked with their roles."""
    # roles matter only in the sentences of triggers and the sentence before each
    relevant: set[tuple[int, int]] = set()
    for h in hits:
        if h.kind == "trigger":
            here = sentence_bounds(doc, h.start)
            relevant.update((here, sentence_bounds(doc, max(0, here[0] - 1))))
    by_entity = [
        Candidate(m.start, m.end, "entity", e.id, e.type, e.name, e.country, e.sector)
        for e in entities
        for m in e.mentions
    ]
    candidates = by_entity + _groups(doc, hits, by_entity)
    mentions = ByStart(by_entity)
    for h in hits:
        if h.kind in ("pronoun", "anaphor") and not mentions.holding(h.start):
            if h.kind == "anaphor":
                candidates.append(Candidate(h.start, h.end, h.kind, refers_to=str(h.value)))
            else:  # the pronoun's own form marks its role (उसने)
                candidates.append(Candidate(h.start, h.end, h.kind, role=str(h.value) if h.value else None))
    return [
        _marked(doc, c) if c.role is None and sentence_bounds(doc, c.start) in relevant else c
        for c in sorted(candidates, key=lambda a: a.start)  # in text order: one sentence after another
    ]


def _groups(doc: Doc, hits: Sequence[Hit], entity_mentions: Sequence[Candidate]) -> list[Candidate]:
    """Group phrases ("police", "कज़ाख सरकार") not inside an entity mention, with the country of a
    country word right before them. A state group takes its country entity as its entity."""
    out: list[Candidate] = []
    # country mentions by end, each with its place among them (the first that fits is taken)
    countries = sorted(
        ((a.end, i, a) for i, a in enumerate(a for a in entity_mentions if a.entity_type == "COUNTRY")),
        key=lambda item: item[:2],
    )
    country_ends = [end for end, _, _ in countries]
    spans = sorted((a.start, a.end) for a in entity_mentions)
    starts = [lo for lo, _ in spans]
    for hit in hits:
        if hit.kind != "group":
            continue
        name, sector = hit.value  # type: ignore[misc]
        before = bisect_right(starts, hit.start)
        if any(hi >= hit.end for _, hi in spans[max(0, before - 3) : before]):
            continue
        group = Candidate(hit.start, hit.end, "group", name=name, sector=sector)
        near = countries[
            bisect_left(country_ends, hit.start - NEAR_CHARS) : bisect_right(country_ends, hit.start)
        ]
        for _, _, c in sorted(near, key=lambda item: item[1]):
            if _only_genitive(doc, c.end, hit.start):
                group = replace(group, start=c.start, country=c.country)
                if sector in state_sectors():
                    group = replace(group, entity=c.entity, entity_type="COUNTRY")
                break
        out.append(group)
    return out


def _only_genitive(doc: Doc, start: int, end: int) -> bool:
    cues = arg_cues(doc.language_at(start))
    return all((w,) in cues.genitive or w in ("s", "'s") for w in doc.tokens.between(start, end))


def _marked(doc: Doc, candidate: Candidate) -> Candidate:
    """The candidate with the marker (and its role) that gives it its role in the clause."""
    cues = arg_cues(doc.language_at(candidate.start))
    if cues.postpositional:
        words = doc.tokens.after(candidate.end, cues.longest_marker, stops=word_stops())
    else:
        words = doc.tokens.before(candidate.start, cues.longest_marker + 2, stops=word_stops())
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
            return replace(candidate, mark=phrase, role=role)
    return candidate

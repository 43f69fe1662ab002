"""Argument candidates: the noun phrases of an article that can fill a role (entity mentions, generic
actors among them, pronouns, anaphors), each with the marker next to it that gives its role in the clause
(Hindi postpositions after the noun, English prepositions before it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import takewhile

from khabar.doc import Doc
from khabar.extractors.dates import in_written_date
from khabar.extractors.entities.place_cue_words import place_cues
from khabar.extractors.events.clauses import sentence_bounds
from khabar.extractors.events.lexicon import word_stops
from khabar.extractors.events.owned import owner_as_subject
from khabar.extractors.events.syntax import ArgCues, arg_cues
from khabar.extractors.events.titled import titled
from khabar.extractors.events.triggers import Hit
from khabar.knowledge.crosswalk import state_sectors
from khabar.schema import Entity
from khabar.text.ranges import ByStart
from khabar.text.tokens import Phrase, phrases

MAX_PLACE_NOUNS = 2  # place nouns after a country, before the name they qualify ("border town of")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A noun phrase that can fill a role: an entity mention, a pronoun or an anaphor."""

    start: int
    end: int
    kind: str  # "entity" | "pronoun" | "anaphor"
    entity: str | None = None
    entity_type: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    refers_to: str | None = None  # for anaphors: the entity type they stand for
    mark: Phrase | None = None
    role: str | None = None  # role of the marker: agent, by, object, genitive, oblique, locative; WITHIN

    @property
    def key(self) -> str | None:
        """Who acts, for merging: the state for state actors, else the entity."""
        if self.country and (self.entity_type == "COUNTRY" or self.sector in state_sectors()):
            return f"state:{self.country}"
        return self.entity


def find_candidates(doc: Doc, hits: Sequence[Hit], entities: Sequence[Entity]) -> list[Candidate]:
    """Entity mentions, pronouns and anaphors, in text order, marked with their roles. A mention inside
    a longer one is no candidate of its own ("रूसी" in "रूसी रक्षा मंत्रालय")."""
    # roles matter only in the sentences of triggers and the sentence before each
    relevant: set[tuple[int, int]] = set()
    for h in hits:
        if h.kind == "trigger":
            here = sentence_bounds(doc, h.start)
            relevant.update((here, sentence_bounds(doc, max(0, here[0] - 1))))
    named = [c for c in map(partial(_as_place, doc), _mentions(entities)) if c is not None]
    roles = {e.id: e.role for e in entities if e.type == "PERSON"}
    by_entity = _outermost(sorted([*named, *titled(doc, named, roles)], key=lambda c: (c.start, -c.end)))
    candidates = list(by_entity)
    mentions = ByStart(by_entity)
    for h in hits:
        if h.kind in ("pronoun", "anaphor") and not mentions.holding(h.start):
            if h.kind == "anaphor":
                candidates.append(Candidate(h.start, h.end, h.kind, refers_to=str(h.value)))
            else:  # the pronoun's own form marks its role (उसने) or holds a marker (उनसे: से)
                candidates.append(_pronoun(doc, h))
    out, reach = [], 0
    triggers = ByStart(h for h in hits if h.kind == "trigger")
    for c in sorted(candidates, key=lambda a: a.start):  # in text order: one sentence after another
        relevant_here = c.role is None and sentence_bounds(doc, c.start) in relevant
        c = marked(doc, c, reach) if relevant_here else c
        out.append(replace(c, role=WITHIN) if c.role is None and _inside_noun(doc, triggers, c) else c)
        reach = max(reach, c.end)
    return [owner_as_subject(doc, c) for c in out]  # the owner of an unmarked subject acts ("X की टीमें")


WITHIN = "within"  # the role of an actor inside a trigger's words: that trigger's actor, no other word's


def _inside_noun(doc: Doc, triggers: ByStart[Hit], c: Candidate) -> bool:
    """Is the candidate, where markers follow nouns, one word of a longer trigger ("नक्सली हमले में")? It
    names who did that act (``noun_actors.named_within``), and is no unmarked subject or object of a verb
    of its clause ("नक्सली हमले में ... क्राइम ब्रांच ने ... गिरफ्तार किया": not the Maoists)."""
    if not arg_cues(doc.language_at(c.start)).postpositional:
        return False
    return any(h.end - h.start > c.end - c.start and c.end <= h.end for h in triggers.holding(c.start))


def _pronoun(doc: Doc, hit: Hit) -> Candidate:
    """A pronoun candidate with the role its form marks ("agent" for उसने), or with the marker fused
    into its form and that marker's role ("से" for उनसे), a fused genitive with the words after it
    that make a longer marker ("उसके साथ": के साथ, "उनके सामने": के सामने)."""
    value = str(hit.value) if hit.value else None
    fused = phrases((value,))[0] if value else ()
    cues = arg_cues(hit.language)
    if fused in cues.markers:
        words = doc.tokens.after(hit.end, cues.longest_marker - len(fused), stops=word_stops())
        longer = (fused + tuple(words[:size]) for size in range(len(words), 0, -1))
        mark = next((m for m in longer if m in cues.markers), fused)
        return Candidate(hit.start, hit.end, hit.kind, mark=mark, role=cues.markers[mark])
    return Candidate(hit.start, hit.end, hit.kind, role=value)


def _mentions(entities: Sequence[Entity]) -> list[Candidate]:
    """A candidate per mention, sorted by start, longest first, a place after a body of the same span
    ("EU"). A generic actor named with its organisation acts for it ("Hamas militants", "भारतीय सेना के
    जवान"), and one of a state sector named with its country for that country ("Turkish forces", "कज़ाख
    पुलिस"), in its own sector."""
    mentions = sorted(
        (
            Candidate(m.start, m.end, "entity", e.id, e.type, e.name, e.country, e.sector)
            for e in entities
            for m in e.mentions
        ),
        key=lambda c: (c.start, -c.end, c.entity_type == "PLACE"),
    )
    out = []
    for i, c in enumerate(mentions):
        if c.entity_type == "GROUP":
            same_start = (mentions[j] for j in range(i + 1, len(mentions)))  # no copy: linear
            inner = takewhile(lambda m, start=c.start: m.start == start, same_start)
            named = next((m for m in inner if m.entity_type in ("ORG", "COUNTRY")), None)
            if named is not None and named.entity_type == "ORG":
                c = replace(
                    named, end=c.end, country=named.country or c.country, sector=named.sector or c.sector
                )
            elif named is not None and c.sector in state_sectors():
                c = replace(named, end=c.end, sector=c.sector)
        out.append(c)
    return out


def _as_place(doc: Doc, candidate: Candidate) -> Candidate | None:
    """A country right before place nouns of its language (``place_nouns``) names where, as a place does,
    no actor, where its phrase ends with them ("on the Turkish border on Monday"; not "US border agents");
    before such nouns and a genitive it names nothing of its own: the name after is the place ("the Iraqi
    city of Mosul", "the Syrian border town of Tal Abyad"). Before a scene noun (``scene_nouns``) it names
    where, whatever follows ("the Syrian war has killed")."""
    if candidate.entity_type != "COUNTRY":
        return candidate
    cues = arg_cues(doc.language_at(candidate.start))
    after = doc.tokens.after(candidate.end, MAX_PLACE_NOUNS + 1, stops=word_stops())  # none past a comma
    if after and after[0] in cues.scene_nouns:  # "the Syrian war has killed": where, whatever follows
        return replace(candidate, entity_type="PLACE")
    nouns = len(list(takewhile(cues.place_nouns.__contains__, after)))
    if not nouns:
        return candidate
    if nouns < len(after) and (after[nouns],) in cues.genitive:
        return None
    if nouns < len(after) and (after[nouns],) not in cues.markers:
        return candidate  # the nouns modify another ("US border agents arrested"): the country acts
    return replace(candidate, entity_type="PLACE")


def _outermost(mentions: list[Candidate]) -> list[Candidate]:
    """The mentions not inside a longer one (sorted by start, longest first)."""
    out: list[Candidate] = []
    reach = -1
    for c in mentions:
        if c.end <= reach:
            continue
        out.append(c)
        reach = c.end
    return out


def marked(doc: Doc, candidate: Candidate, free_from: int = 0) -> Candidate:
    """The candidate with the marker (and its role) that gives it its role in the clause; where
    markers come before the noun, up to two capitalised words after ``free_from`` (that no other
    candidate holds, no date) may stand between them and a generic actor ("by Columbian rebel groups":
    a name khabar does not know)."""
    language = doc.language_at(candidate.start)
    cues = arg_cues(language)
    if cues.postpositional:
        words = doc.tokens.after(candidate.end, cues.longest_marker + 1, stops=word_stops())
        if candidate.entity_type == "PLACE" and words and words[0] in place_cues(language)[0]:
            del words[0]  # "दंतेवाड़ा जिले में": a place's cue word stands between it and its marker
        del words[cues.longest_marker :]
    else:
        start = (
            _unnamed_start(doc, candidate.start, free_from)
            if candidate.entity_type == "GROUP"
            else candidate.start
        )
        place = candidate.entity_type in ("PLACE", "COUNTRY")  # "in eastern Ukraine"
        reach = cues.longest_marker + 2 + (MAX_PLACE_NOUNS + 2 if place else 0)
        words = doc.tokens.before(start, reach, stops=word_stops())
        while words:  # skip "the", "city", and "thousands of" between a preposition and its noun
            if words[-1] in cues.determiners or (place and words[-1] in cues.place_modifiers):
                words.pop()
            elif len(words) >= 2 and words[-2] in cues.quantities:
                del words[-2:]
            elif place and _named_by_place_nouns(cues, words):
                continue
            else:
                break
    for size in range(min(cues.longest_marker, len(words)), 0, -1):
        phrase = tuple(words[:size]) if cues.postpositional else tuple(words[-size:])
        if (role := cues.markers.get(phrase)) is not None:
            return replace(candidate, mark=phrase, role=role)
    return candidate


def leading(doc: Doc, cues: ArgCues, end: int) -> bool:
    """Is the mention ending at ``end`` joined by a hyphen to a word of leading (``leading``: "Saudi-led"),
    so that it modifies the noun after it, whose source it is?"""
    if doc.text[end : end + 1] != "-":
        return False
    after = doc.tokens.after(end, 1)
    return bool(after) and after[0] in cues.leading


def _named_by_place_nouns(cues: ArgCues, words: list[str]) -> bool:
    """Drop the place nouns, their genitive and a word before them that stand between a preposition and a
    place ("into the northern Syrian city of Afrin"); were there any?"""
    if len(words) < 2 or (words[-1],) not in cues.genitive or words[-2] not in cues.place_nouns:
        return False
    words.pop()
    while words and words[-1] in cues.place_nouns:
        words.pop()
    if words and (words[-1],) not in cues.markers and words[-1] not in cues.determiners:
        words.pop()  # the country's word ("Syrian")
    return True


def led_before(doc: Doc, cues: ArgCues, start: int) -> bool:
    """Is the word right before ``start`` a word of leading joined by a hyphen to the one before it ("a
    Saudi-led airstrike": it modifies the noun, it is no light verb)?"""
    previous = doc.tokens.first_at(start) - 1
    return previous > 0 and leading(doc, cues, doc.tokens[previous].start - 1)


def _unnamed_start(doc: Doc, start: int, floor: int) -> int:
    """``start`` moved back over up to two capitalised words after ``floor`` in its sentence."""
    tokens, sentence_start = doc.tokens, sentence_bounds(doc, start)[0]
    i = tokens.first_at(start) - 1
    for _ in range(2):
        token = tokens[i] if i >= 0 else None
        if token is None or token.start < max(floor, sentence_start + 1) or not token.capitalised:
            break
        if in_written_date(doc, token.start, token.end):  # "on Tuesday police said"
            break
        start, i = token.start, i - 1
    return start

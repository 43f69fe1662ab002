"""Trigger matching: one Aho-Corasick pass over the folded text finds every trigger word of every
language's ``events.yaml`` and every cue the coder reads (clause breaks, claims, uncertainty, hedges,
pronouns, anaphors, conditionals, embedded questions, related-links cues, generic event nouns); a hit
counts only in a segment of the language whose data it came from, and only as whole words of
``doc.tokens``."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

import ahocorasick_rs

from khabar.doc import Doc
from khabar.extractors.events.lexicon import Trigger, trigger
from khabar.lang import languages, topic
from khabar.lang.models import Events
from khabar.text.normalise import fold
from khabar.text.patterns import expand
from khabar.text.tokens import Tokens

HitKind = Literal[
    "trigger",
    "break",
    "claim",
    "according",
    "uncertain",
    "hedge",
    "pronoun",
    "anaphor",
    "conditional",
    "conditional_end",
    "embedded_question",
    "related_links",
    "generic",
    "incident",
]
# a trigger's entry, a cue's folded words, a pronoun's role, an anaphor's type
HitValue = Trigger | str | None
Payload = tuple[str, HitKind, HitValue, bool]  # language, kind, value, is a stem

_CUE_LISTS: dict[str, HitKind] = {
    "clause_breaks": "break",
    "claims": "claim",
    "according": "according",
    "uncertainty": "uncertain",
    "hedges": "hedge",
    "conditionals": "conditional",
    "conditional_ends": "conditional_end",
    "embedded_questions": "embedded_question",
    "related_links": "related_links",
    "generic_events": "generic",
    "incidents": "incident",
}


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger or a cue found in the text (original offsets), with the language of its data."""

    start: int
    end: int
    kind: HitKind
    value: HitValue
    language: str
    alternatives: tuple[Trigger, ...] = ()  # other entries of the same words, read when this one's needs fail

    @property
    def trigger(self) -> Trigger:
        assert isinstance(self.value, Trigger)
        return self.value


@cache
def matcher() -> tuple[ahocorasick_rs.AhoCorasick | None, list[list[Payload]]]:
    """The automaton over every language's triggers and cues, and each pattern's payloads."""
    table: dict[str, list[Payload]] = {}

    def add(surface: str, language: str, kind: HitKind, value: HitValue) -> None:
        stem = surface.endswith("*")
        key = " ".join(fold(surface.rstrip("*")).split())
        if key:
            table.setdefault(key, []).append((language, kind, value, stem))

    for code in languages():
        data = topic(code, Events)
        cues = data.grammar
        for entry in data.triggers:
            verb = trigger(entry, code)
            for cues_of, form in ((entry.cue, verb), (entry.nouns, replace(verb, noun=True))):
                for cue in cues_of:
                    for surface in expand(cue):
                        add(surface, code, "trigger", form)
        for key, kind in _CUE_LISTS.items():
            for pattern in getattr(cues, key):
                for word in expand(pattern):
                    add(word, code, kind, fold(word))
        for word, role in cues.pronouns.items():
            add(word, code, "pronoun", role)
        for word, entity_type in cues.anaphors.items():
            add(word, code, "anaphor", entity_type)
    patterns = list(table)
    automaton = ahocorasick_rs.AhoCorasick(patterns) if patterns else None
    return automaton, [table[p] for p in patterns]


class _Words:
    """The folded spans of a document's words, for whole-word checks of hits."""

    __slots__ = ("_ends", "_folded", "_starts")

    def __init__(self, folded: str, tokens: Tokens) -> None:
        self._folded = folded
        self._starts = [t.fstart for t in tokens]
        self._ends = [t.fend for t in tokens]

    def inside(self, index: int) -> int | None:
        """The folded end of the word that position ``index`` falls inside (not at its start), if any.
        An apostrophe in a word bounds a hit as well: a quote mark glued to the word (BBC Hindi's
        ''हम) or a clitic after it ("we're")."""
        at = bisect_right(self._starts, index) - 1
        if at < 0 or not index < self._ends[at] or index == self._starts[at]:
            return None
        return None if "'" in self._folded[index - 1 : index + 1] else self._ends[at]

    def ends_at(self, index: int) -> bool:
        """Does a word end at folded position ``index``?"""
        at = bisect_right(self._starts, index - 1) - 1
        return at >= 0 and self._ends[at] == index


def find_hits(doc: Doc) -> list[Hit]:
    """Whole-word hits of the current language, the longest where triggers overlap. A hit
    starts and ends between words (a cue that starts or ends with punctuation, ", and", bounds itself);
    a stem covers the rest of its word."""
    automaton, payloads = matcher()
    if automaton is None:
        return []
    folded = doc.folded.text
    bounds = _Words(folded, doc.tokens)
    found: list[Hit] = []
    for index, start, end in automaton.find_matches_as_indexes(folded, overlapping=True):
        if bounds.inside(start) is not None:
            continue
        word_end = bounds.inside(end)
        o_start, o_end = doc.folded.span(start, end)
        language = doc.language_at(o_start)
        # a verb joined to the word before it by a hyphen is an adjective ("Israeli-occupied"), an
        # abbreviation's full stop between ("U.S.-backed rebels")
        before = start - 1 - (start > 1 and folded[start - 2] == ".")
        compound = start > 1 and folded[start - 1] == "-" and bounds.ends_at(before)
        for lang, kind, value, stem in payloads[index]:
            if compound and kind == "trigger" and not value.noun:  # type: ignore[union-attr]
                continue
            if lang == language and (word_end is None or stem):
                if word_end is not None:  # a stem covers the rest of its word
                    o_start, o_end = doc.folded.span(start, word_end)
                found.append(Hit(o_start, o_end, kind, value, lang))
    return _longest(found)


def _longest(found: list[Hit]) -> list[Hit]:
    """Of overlapping hits of one kind, the first and longest; the triggers of other entries of the
    same words are its alternatives."""
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    last_end: dict[str, int] = {}
    last_trigger: dict[tuple[int, int], int] = {}  # a kept trigger's span -> its index in ``kept``
    for hit in found:
        if hit.start < last_end.get(hit.kind, -1):
            if hit.kind == "trigger" and (at := last_trigger.get((hit.start, hit.end))) is not None:
                kept[at] = replace(kept[at], alternatives=(*kept[at].alternatives, hit.trigger))
            continue
        if hit.kind == "trigger":
            last_trigger[(hit.start, hit.end)] = len(kept)
        kept.append(hit)
        last_end[hit.kind] = hit.end
    return kept

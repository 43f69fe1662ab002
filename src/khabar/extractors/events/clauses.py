"""Sentence bounds and clause cuts: a trigger is read in its clause, the sentence cut at break words
(complementizers, subordinators, relatives) and clause punctuation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.doc import Doc
from khabar.extractors.events.triggers import Hit

_CLAUSE_PUNCT = re.compile(r"[;:—–()\[\]]")
_LOWER_STOP = re.compile(r"(?<=[^\W\d_]{2})[.!?][\"'”’)]*\s+(?=[^\W\d_])")


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


def breaks(hits: Sequence[Hit]) -> list[tuple[int, int, str]]:
    """Where clauses break: the break words and "according to" cues, with their folded words."""
    return [(h.start, h.end, str(h.value)) for h in hits if h.kind in ("break", "according")]


def clause_at(doc: Doc, start: int, end: int, cuts: Sequence[tuple[int, int, str]]) -> Clause:
    """The clause holding ``[start, end)``: the sentence cut at break words and clause punctuation."""
    s_start, s_end = sentence_bounds(doc, start)
    left, right, opener = s_start, s_end, None
    for b_start, b_end, word in cuts:
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


def padded_words(doc: Doc, bounds: tuple[int, int]) -> str:
    """The folded words of a sentence or clause joined by spaces, padded (for phrase look-ups)."""
    return f" {' '.join(doc.tokens.between(*bounds))} "

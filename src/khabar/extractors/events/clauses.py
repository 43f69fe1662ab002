"""Sentence bounds and clause cuts: a trigger is read in its clause, the sentence cut at break words
(complementizers, subordinators, relatives) and clause punctuation."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from khabar.doc import Doc

_CLAUSE_PUNCT = re.compile(r"[;:—–()\[\]]")
MAX_SENTENCE = 2_000  # characters: a longer run is read in pieces of at most this many
_LOWER_STOP = re.compile(r"(?<=[^\W\d_]{2})[.!?][\"'”’)]*\s+(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    sentence: tuple[int, int]
    opener: str | None  # the folded break word that opened it ("कि", "who"), if any


def sentence_bounds(doc: Doc, offset: int) -> tuple[int, int]:
    """The sentence holding ``offset`` (between two sentences, the one before; without sentences,
    the segment or text). A sentence is also cut where a full stop ends a lower-case word and a
    lower-case word follows it (all lower-case text, where the sentence splitter sees no sentence
    start), and a run longer than ``MAX_SENTENCE`` characters (a list, a table, text without stops)
    at a space within each ``MAX_SENTENCE`` characters, so that no clause is read over the whole of
    a long text."""
    unit = doc.sentence_at(offset) or doc.sentence_before(offset) or doc.segment_at(offset)
    start, end = (unit.start, unit.end) if unit else (0, len(doc.text))
    memo = _cuts_memo(doc.text)
    if (cuts := memo.get((start, end))) is None:
        cuts = memo[start, end] = _cuts(doc.text, start, end)
    if cuts:
        at = bisect_right(cuts, offset)
        start, end = (cuts[at - 1] if at else start), (cuts[at] if at < len(cuts) else end)
    return start, end


@lru_cache(maxsize=4)
def _cuts_memo(text: str) -> dict[tuple[int, int], tuple[int, ...]]:
    """``_cuts`` of the sentences of ``text`` (one of the texts read last) found so far."""
    return {}


def _cuts(text: str, start: int, end: int) -> tuple[int, ...]:
    """Offsets in ``text[start:end]`` where a sentence starts after "said. the ...", and where a
    run longer than ``MAX_SENTENCE`` is cut (after its last space within that many characters)."""
    stops = [
        m.end()
        for m in _LOWER_STOP.finditer(text, start, end)
        if text[m.start() - 1].islower() and text[m.end()].islower()
    ]
    cuts: list[int] = []
    for stop in [*stops, end]:
        while stop - start > MAX_SENTENCE:
            space = max(
                text.rfind(" ", start + 1, start + MAX_SENTENCE),
                text.rfind("\t", start + 1, start + MAX_SENTENCE),
            )
            start = space + 1 if space > start else start + MAX_SENTENCE
            cuts.append(start)
        if stop < end:
            cuts.append(stop)
        start = stop
    return tuple(cuts)


@dataclass(frozen=True, slots=True)
class Cuts:
    """Where clauses of one document break: the break words and "according to" cues (start, end,
    folded words) in text order, their starts, and the positions of clause punctuation."""

    words: list[tuple[int, int, str]]
    starts: list[int]
    punctuation: list[int]


def breaks(doc: Doc) -> Cuts:
    """The clause breaks of ``doc``, found once."""
    words = [(h.start, h.end, str(h.value)) for h in doc.event_hits if h.kind in ("break", "according")]
    punctuation = [m.start() for m in _CLAUSE_PUNCT.finditer(doc.text)]
    return Cuts(words, [start for start, _, _ in words], punctuation)


def clause_at(doc: Doc, start: int, end: int, cuts: Cuts) -> Clause:
    """The clause holding ``[start, end)``: the sentence cut at break words and clause punctuation
    (the last break before it and the first after it, in its sentence)."""
    s_start, s_end = sentence_bounds(doc, start)
    left, right, opener = s_start, s_end, None
    i = bisect_left(cuts.starts, start) - 1
    while i >= 0 and cuts.starts[i] >= s_start and cuts.words[i][1] > start:
        i -= 1  # a break word that overlaps the trigger
    if i >= 0 and cuts.starts[i] >= s_start:
        left, _, opener = cuts.words[i]
    after = bisect_left(cuts.starts, end)
    if after < len(cuts.starts) and cuts.starts[after] < right:
        right = cuts.starts[after]
    marks = cuts.punctuation
    before = bisect_left(marks, start) - 1
    if before >= 0 and marks[before] >= left:
        left, opener = marks[before] + 1, None
    after = bisect_left(marks, end)
    if after < len(marks) and marks[after] < right:
        right = marks[after]
    return Clause(left, right, (s_start, s_end), opener)


def padded_words(doc: Doc, bounds: tuple[int, int]) -> str:
    """The folded words of a sentence or clause joined by spaces, padded (for phrase look-ups)."""
    return f" {' '.join(doc.tokens.between(*bounds))} "


_EDGES = ",;:—–"  # punctuation trimmed off the ends of a clause shown as evidence


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces and clause punctuation at its ends."""
    while start < end and (text[start].isspace() or text[start] in _EDGES):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGES):
        end -= 1
    return start, end

"""Sentence bounds and clause cuts: a trigger is read in its clause, the sentence cut at break words
(complementizers, subordinators, relatives) and clause punctuation. A relative clause between commas
(", who ... ,") is an aside: a clause of its own, and what it names is no argument of the clause
around it ("X, who met Y, attacked Z": X attacked). A break word that is a preposition before a date
opens no clause ("since 2015, led"), and a clause's arguments reach back over a parenthesis closed
right before it ("जनरल (सेवानिवृत्त) वीके सिंह")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from khabar.doc import Doc
from khabar.extractors.cues import grammar
from khabar.extractors.dates import in_written_date
from khabar.extractors.events.asides import apart, appositions, relative_aside
from khabar.extractors.events.syntax import arg_cues
from khabar.extractors.events.triggers import Hit
from khabar.text.ranges import ByStart, Spanned

_CLAUSE_PUNCT = re.compile(r"[;:—–()\[\]]")
MAX_SENTENCE = 2_000  # characters: a longer run is read in pieces of at most this many
_LOWER_STOP = re.compile(r"(?<=[^\W\d_]{2})[.!?][\"'”’)]*\s+(?=[^\W\d_])")


_Item = TypeVar("_Item", bound=Spanned)
Span = tuple[int, int]

BEFORE_REACH = 2  # sentences before a trigger's own read by ``held_before``
HEADLINE_CHARS = 400  # a first line longer than this is no headline that ``held_before`` reads


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    sentence: tuple[int, int]
    opener: str | None  # the folded break word that opened it ("कि", "who"), if any
    aside: bool = False  # a relative clause between commas (", who ... ,")
    asides: tuple[Span, ...] = ()  # the asides of its sentence outside it: no arguments of its own
    # where its arguments may start: before a parenthesis that closes right before it ("अभिषेक सिंघवी ने
    # जनरल (सेवानिवृत्त) वीके सिंह के त्यागपत्र की मांग": the clause goes on over it), else its start
    reach: int | None = None

    @property
    def arguments_from(self) -> int:
        """Where the clause's arguments may start: its ``reach``, else its start."""
        return self.start if self.reach is None else self.reach


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


def held_before(
    doc: Doc, hit: Hit, phrases: tuple[str, ...], triggers: ByStart[Hit], retold: tuple[str, ...] = ()
) -> bool:
    """Does one of the ``BEFORE_REACH`` sentences before the one holding ``hit``, in its paragraph,
    hold one of the folded ``phrases`` ("the warehouse was burning. Then three blasts ...")? Not past
    one that holds a trigger of the hit's type: a fire told after an earlier blast is the blast's,
    unless that sentence holds one of the folded ``retold`` words (its own trigger's ``unless``): then
    the earlier blast was no attack and the hit tells it again ("रविवार को हुए विस्फोट के बाद ज्वालामुखी
    से लावा निकला। ... फ्यूगो में इतना भीषण विस्फोट हुआ"); so too where the headline tells it so."""
    start = sentence_bounds(doc, hit.start)[0] if phrases else 0
    for _ in range(BEFORE_REACH):
        sentence = doc.sentence_before(start - 1) if start else None
        if sentence is None:
            break
        padded = padded_words(doc, (sentence.start, sentence.end))
        if _of_its_type(hit, triggers, sentence.start, sentence.end):
            return any(f" {w} " in padded for w in retold)
        if any(f" {p} " in padded for p in phrases):
            return True
        start = sentence.start
    return bool(phrases) and _headline_retells(doc, hit, retold, triggers)


def _of_its_type(hit: Hit, triggers: ByStart[Hit], start: int, end: int) -> bool:
    """Does a trigger of the hit's type start between ``start`` and ``end``?"""
    kind = hit.trigger.coding.type
    return any(other.trigger.coding.type == kind for other in triggers.starting(start, end))


def _headline_retells(doc: Doc, hit: Hit, retold: tuple[str, ...], triggers: ByStart[Hit]) -> bool:
    """Does the headline tell a happening of the hit's type beside one of the ``retold`` words, that is
    as no attack ("ग्वाटेमाला में एक और ज्वालामुखी में विस्फोट")? A bare word of it in the story ("वही
    विस्फोट के चलते कई लोग झुलस गए") tells that happening again. A first line longer than ``HEADLINE_CHARS``
    is a paragraph, not a headline (and reading it for every blast would not stay linear)."""
    end = headline_end(doc.text, HEADLINE_CHARS)
    if not retold or hit.start <= end or not _of_its_type(hit, triggers, 0, end):
        return False
    padded = padded_words(doc, (0, end))
    return any(f" {w} " in padded for w in retold)


def headline_end(text: str, reach: int | None = None) -> int:
    """Where the first line of a text of several lines (its headline) ends; 0 for a single line, and
    for one that ends past ``reach`` where given (read up to there only: called for every trigger)."""
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start, len(text) if reach is None else reach + 1)
    return max(end, 0)


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
    folded words) in text order, their starts, the positions of clause punctuation, and the asides
    (from the relative word to the comma that closes it) in text order, with their starts."""

    words: list[tuple[int, int, str]]
    starts: list[int]
    punctuation: list[int]
    asides: list[Span]
    aside_starts: list[int]


def breaks(doc: Doc) -> Cuts:
    """The clause breaks of ``doc``, found once."""
    hits = [h for h in doc.event_hits if h.kind in ("break", "according") and not _before_date(doc, h)]
    words = [(h.start, h.end, str(h.value)) for h in hits]
    punctuation = [m.start() for m in _CLAUSE_PUNCT.finditer(doc.text)]
    asides: list[Span] = []
    for h in hits:
        cues = arg_cues(h.language)
        # "according to X," set off by commas is an aside as a relative clause is ("Syrian forces,
        # according to Amnesty, attacked Homs": the forces attacked)
        if h.kind == "according" or str(h.value) in cues.relatives or str(h.value) in cues.object_relatives:
            aside = relative_aside(doc, h.start, h.end, punctuation, sentence_bounds)
            if aside is not None:
                asides.append(aside)
    asides = apart([*asides, *appositions(doc, punctuation, sentence_bounds)])
    return Cuts(words, [start for start, _, _ in words], punctuation, asides, [a for a, _ in asides])


def _before_date(doc: Doc, hit: Hit) -> bool:
    """Is a break word right before a date a preposition, where prepositions precede their noun
    ("since 2015, led the fight", "after Tuesday's attack"), so that no clause opens there? A
    complementizer or a relative word still opens one ("said that 2015 was ...")."""
    cues = arg_cues(hit.language)
    word = str(hit.value)
    if hit.kind != "break" or cues.postpositional or word in cues.relatives or word in cues.object_relatives:
        return False
    if word in grammar(hit.language).complementizers:
        return False
    tokens = doc.tokens
    following = tokens.first_at(hit.end)
    return following < len(tokens) and in_written_date(doc, tokens[following].start, tokens[following].end)


def in_aside(clause: Clause, start: int, end: int) -> bool:
    """Does ``[start, end)`` lie inside an aside of the clause's sentence (not the clause itself)?"""
    return any(lo <= start and end <= hi for lo, hi in clause.asides)


def outside_asides(clause: Clause, items: list[_Item]) -> list[_Item]:
    """``items`` (with ``start``, ``end``) not inside an aside of the clause's sentence."""
    return [a for a in items if not in_aside(clause, a.start, a.end)] if clause.asides else items


def clause_at(doc: Doc, start: int, end: int, cuts: Cuts) -> Clause:
    """The clause holding ``[start, end)``: the sentence cut at break words and clause punctuation
    (the last break before it and the first after it, in its sentence), an aside that closes before it
    skipped over, and one that holds it closing it."""
    s_start, s_end = sentence_bounds(doc, start)
    left, right, opener = s_start, s_end, None
    first = bisect_left(cuts.aside_starts, s_start)
    sentence_asides = cuts.asides[first : bisect_left(cuts.aside_starts, s_end)]
    holding = next((a for a in sentence_asides if a[0] <= start and end <= a[1]), None)
    if holding is not None:
        right = holding[1]
    i = bisect_left(cuts.starts, start) - 1
    while (
        i >= 0
        and cuts.starts[i] >= s_start
        and (cuts.words[i][1] > start or _closed_before(sentence_asides, cuts.starts[i], start))
    ):
        i -= 1  # a break word that overlaps the trigger, or opens an aside closed before it
    if i >= 0 and cuts.starts[i] >= s_start:
        left, _, opener = cuts.words[i]
    after = bisect_left(cuts.starts, end)
    if after < len(cuts.starts) and cuts.starts[after] < right:
        right = cuts.starts[after]
    marks = cuts.punctuation
    before = bisect_left(marks, start) - 1
    over = before
    while over > 0 and marks[over - 1] >= left and _parenthesis(doc.text, marks, over):
        over -= 2
    reach = marks[over] + 1 if over >= 0 and marks[over] >= left else left
    if before >= 0 and marks[before] >= left:
        left, opener = marks[before] + 1, None
    after = bisect_left(marks, end)
    if after < len(marks) and marks[after] < right:
        right = marks[after]
    others = tuple(a for a in sentence_asides if a is not holding)
    return Clause(left, right, (s_start, s_end), opener, holding is not None, others, reach)


def _parenthesis(text: str, marks: list[int], close: int) -> bool:
    """Is the clause mark at ``marks[close]`` a closing parenthesis right after the opening one, no
    other clause mark between ("(सेवानिवृत्त)", "(ममता बनर्जी)")?"""
    return text[marks[close]] == ")" and text[marks[close - 1]] == "("


def _closed_before(asides: list[Span], offset: int, start: int) -> bool:
    """Does ``offset`` lie in an aside that closes before ``start``?"""
    return any(lo <= offset < hi <= start for lo, hi in asides)


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

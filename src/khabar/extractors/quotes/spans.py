"""Candidate quotations: the stretches between quote marks, segment by segment, and their cue windows.

Marks are typography, shared by every language; a single mark may be an apostrophe, told apart by
the letters around it. Two single marks in a row ('' … '', ‘‘ … ’’) are one double mark, as typed
where the keyboard has none: marks are scanned on a copy of the text, of the same length, where each
such pair reads as a space and a straight double mark.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.doc import Doc
from khabar.extractors.quotes.config import config_for
from khabar.extractors.quotes.resumed import open_end
from khabar.schema import Entity
from khabar.text.tokens import words

# Opening mark -> the marks that close it.
_CLOSERS: dict[str, str] = {
    "\u201c": '\u201d"',  # “ … ” or "
    '"': '"\u201d',  # " … " or ”
    "\u201e": '\u201c\u201d"',  # „ … “ ” "
    "\u2018": "\u2019'",  # ‘ … ’ or '
    "'": "'\u2019",  # ' … '
    "\u201a": "\u2018\u2019'",  # ‚ … ‘ ’
    "\u00ab": '\u00bb"',  # « … »
    "\u00bb": "\u00ab",  # » … «
    "\u300c": "\u300d",  # 「 … 」
    "\u300e": "\u300f",  # 『 … 』
}
_APOSTROPHES = "'\u2019"  # marks that may be apostrophes: checked against the letters around them
_STRAIGHT = "\"'"  # openers only when no letter stands before them
_SINGLE = "'\u2018\u201a"  # single openers: never left open
_MARK = re.compile("[" + re.escape("".join(set(_CLOSERS) | set("".join(_CLOSERS.values())))) + "]")
DOUBLED_SINGLE = re.compile("''|\u2018\u2018|\u2019\u2019")  # read as one straight double mark
LEADS = ",:"  # before a spaced straight double mark, make it an opener
REACH = 200  # folded characters searched for a cue on each side of a quote

Segment = tuple[int, int, str | None]  # original start, end, language


@dataclass(slots=True)
class Candidate:
    """A quoted stretch: original offsets of its marks and content, folded offsets of its edges."""

    start: int  # content, trimmed
    end: int
    open_f: int  # folded index of the opening mark
    close_f: int  # folded index right after the closing mark (segment end when left open)
    segment: int  # index into the segment list
    words: int
    single: bool  # opened by a single mark (‘ or ')
    speaker: str | None = None
    cued: bool = False
    attribution_end: int | None = None  # folded end of a cue (and speaker) placed after the quote
    lo: int = 0  # folded window searched for cues before and after the quote
    hi: int = 0
    continues: bool = False  # carries on a quote left open at the end of the paragraph before


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def _opens(mark: str, before: str, after: str, lead: str = "") -> bool:
    """Can the mark open a quote, with the characters ``before`` and ``after`` it and the last other
    than a space before it (``lead``)? A straight double mark with spaces on both sides opens after a
    comma or colon (a cue's: "ने कहा, " यहां से …")."""
    if after.isspace():
        return mark == '"' and before.isspace() and bool(lead) and lead in LEADS
    if mark in _STRAIGHT and _is_word_char(before):
        return False
    return mark not in _APOSTROPHES or _is_word_char(after)


def _closes(mark: str, before: str, after: str) -> bool:
    if mark not in _APOSTROPHES:
        return True
    return not before.isspace() and not (_is_word_char(before) and _is_word_char(after))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _scan(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(opening mark, content end, close end)`` of each quote in ``text[start:end]``."""
    found: list[tuple[int, int, int]] = []
    closes = _last_closes(text, start, end)
    pos = start
    while pos < end:
        pos = _scan_from(text, pos, (start, end), found, closes)
    return found


Closes = tuple[dict[str, int], dict[str, int]]  # by mark, its last place that closes; that closes firmly


def _possessive(text: str, i: int, after: str) -> bool:
    """Could the apostrophe at ``i`` be a plural possessive (farmers' land) rather than a close?"""
    return text[i] in _APOSTROPHES and after.isspace() and text[i + 2 : i + 3].islower()


def _last_closes(text: str, start: int, end: int) -> Closes:
    """Where each mark last closes a quote in ``text[start:end]``, and where it last closes one firmly
    (not as a possible possessive): an opener with no close after it needs no scan to the end."""
    last: dict[str, int] = {}
    firm: dict[str, int] = {}
    for match in _MARK.finditer(text, start, end):
        i = match.start()
        after = text[i + 1] if i + 1 < end else " "
        if _closes(text[i], text[i - 1] if i > start else " ", after):
            last[text[i]] = i
            if not _possessive(text, i, after):
                firm[text[i]] = i
    return last, firm


def _scan_from(
    text: str, pos: int, bounds: tuple[int, int], found: list[tuple[int, int, int]], closes: Closes
) -> int:
    """Add the quotes found from ``pos`` on to ``found``; return where scanning must resume.

    A single mark that is never closed is no quote: it is passed over. A single mark that could be
    a plural possessive (farmers' land) closes only when no better close follows.
    """
    start, end = bounds
    last, firm = closes
    opener = ""
    opened = -1
    for match in _MARK.finditer(text, pos, end):
        i = match.start()
        mark = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if not opener:
            lead = text[max(start, i - 3) : i].rstrip()[-1:]
            if (
                mark in _CLOSERS
                and _opens(mark, before, after, lead)
                and (mark not in _SINGLE or any(last.get(c, -1) > i for c in _CLOSERS[mark]))
            ):
                opener, opened = mark, i
        elif mark in _CLOSERS[opener] and _closes(mark, before, after):
            if _possessive(text, i, after) and any(firm.get(c, -1) > i for c in _CLOSERS[opener]):
                continue  # a better close follows
            found.append((opened, i, i + 1))
            if _possessive(text, i, after):
                return i + 1
            opener = ""
    if opener:
        found.append((opened, end, end))  # a double mark left open runs to the end
    return end


def word_count(text: str) -> int:
    """Whitespace-separated chunks of ``text`` that hold a word (``tokens.words``): "well-known" is one."""
    return sum(1 for chunk in text.split() if words(chunk))


def segments(doc: Doc) -> list[Segment]:
    """The paragraphs of ``doc`` with their languages (the whole text when it has none)."""
    if doc.segments:
        return [(s.start, s.end, s.language or doc.language) for s in doc.segments]
    return [(0, len(doc.text), doc.language)]


def candidates(doc: Doc, segments: list[Segment], entities: Sequence[Entity] = ()) -> list[Candidate]:
    """Every non-empty quoted stretch of ``doc``, segment by segment; one left open ends where narration
    resumes (``resumed``)."""
    index = doc.folded.folded_index
    marks = DOUBLED_SINGLE.sub(' "', doc.text)
    found = []
    carried = False  # the paragraph before ends inside a quote of double marks
    for number, (seg_start, seg_end, language) in enumerate(segments):
        scanned = _scan(marks, seg_start, seg_end)
        ends = config_for(language).sentence_end
        if carried and (close := _continued(marks, seg_start, seg_end, ends)) is not None:
            scanned = [(seg_start - 1, close, close + 1), *_scan(marks, close + 1, seg_end)]
        carried = False
        for opened, content_end, closed in scanned:
            if content_end == closed:  # left open: to the paragraph's end, or where narration resumes
                content_end = closed = open_end(doc, entities, opened, closed, language)
                carried = closed == seg_end and marks[opened] not in _SINGLE
            start, end = _trimmed(marks, opened + 1, content_end)
            if start < end:
                words = word_count(doc.text[start:end])
                single = opened >= seg_start and marks[opened] in _SINGLE
                quote = Candidate(
                    start, end, index(max(opened, seg_start)), index(closed), number, words, single
                )
                quote.continues = opened < seg_start
                found.append(quote)
    return found


def _continued(marks: str, start: int, end: int, ends: str) -> int | None:
    """Where a quote carried over from the paragraph before closes in this one: its first mark, when that
    is a double mark that closes a sentence (one of ``ends`` right before it: "… बात है."विजय …"); not a
    phrase broken by a line ("every home\nin the old town” all night")."""
    match = _MARK.search(marks, start, end)
    if match is None or marks[match.start()] not in '"\u201d':
        return None
    i = match.start()
    return i if i > start and marks[i - 1] in ends else None


def set_windows(candidates: list[Candidate], bounds: list[tuple[int, int]]) -> None:
    """Where cues are looked for: within the segment, up to the neighbouring quotes, ``REACH`` at most."""
    for i, quote in enumerate(candidates):
        seg_start, seg_end = bounds[quote.segment]
        prev = candidates[i - 1] if i else None
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        quote.lo = max(seg_start, quote.open_f - REACH)
        if prev and prev.segment == quote.segment:
            quote.lo = max(quote.lo, prev.close_f)
        quote.hi = min(seg_end, quote.close_f + REACH)
        if nxt and nxt.segment == quote.segment:
            quote.hi = min(quote.hi, nxt.open_f)

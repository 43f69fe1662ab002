"""Asides: phrases set off by commas inside a sentence whose actors are no arguments of the clause around
them: a relative clause or "according to X" after a comma ("Syrian forces, which ..., attacked Homs"), and
a short indefinite noun phrase in apposition ("Joe Robinson, a British national, was arrested")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from khabar.doc import Doc
from khabar.extractors.events.syntax import arg_cues

Span = tuple[int, int]
Bounds = Callable[[Doc, int], Span]  # the sentence holding an offset


def relative_aside(doc: Doc, start: int, end: int, punctuation: list[int], bounds: Bounds) -> Span | None:
    """The relative clause (or "according to" phrase) opened by the word at ``[start, end)`` right
    after a comma, up to the comma that closes it in its sentence (before any clause punctuation), if
    it is one."""
    text, before = doc.text, start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if before == 0 or text[before - 1] != ",":
        return None
    close = text.find(",", end, bounds(doc, start)[1])
    mark = bisect_left(punctuation, end)
    if close < 0 or (mark < len(punctuation) and punctuation[mark] < close):
        return None
    return start, close


_COMMA_WORD = re.compile(r",\s+(\w+)")
APPOSITION_WORDS = 6  # words at most of an indefinite apposition set off by commas


def appositions(doc: Doc, punctuation: list[int], bounds: Bounds) -> list[Span]:
    """Indefinite noun phrases set off by commas after a noun ("Joe Robinson, a British national, was
    arrested": Robinson is arrested, not the United Kingdom), of at most ``APPOSITION_WORDS`` words, where
    the language lists its indefinite articles."""
    found = []
    for m in _COMMA_WORD.finditer(doc.text):
        if m.group(1).casefold() not in arg_cues(doc.language_at(m.start(1))).indefinites:
            continue
        aside = relative_aside(doc, m.start(1), m.end(1), punctuation, bounds)
        if aside is not None and len(doc.tokens.between(*aside)) <= APPOSITION_WORDS:
            found.append(aside)
    return found


def apart(asides: list[Span]) -> list[Span]:
    """The asides in text order, each one that overlaps an earlier one left out."""
    kept: list[Span] = []
    for aside in sorted(asides):
        if not kept or kept[-1][1] <= aside[0]:
            kept.append(aside)
    return kept

"""The tense of the clause around a date: future or past by the nearest tense cue of its language.

Cues are words and verb endings of ``lang/<code>/dates.yaml`` (``tense``): "will", "is due",
"-ed", "was"; "गया", "-ेगा". The clause is the sentence cut at the language's clause breaks
(words as whole words, punctuation anywhere). A future word right after a ``future_void_before``
word is a noun ("their will"); a past word next to a ``past_void_before`` or ``past_void_after``
word is a participle of another tense ("will be held", "किया जाएगा"). This code knows no language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from khabar.doc import Doc
from khabar.extractors.regexes import bounded, marks_pattern, phrase_pattern, word_chars
from khabar.lang import topic
from khabar.lang.models import Dates
from khabar.lang.models.quantities import Tense
from khabar.text.normalise import fold_phrases, fold_words

ClauseTense = Literal["future", "past"] | None
_VOID_REACH = 20  # characters before a future word read for the word that voids it


@dataclass(frozen=True, slots=True)
class _Cues:
    tense: re.Pattern[str]
    clause_break: re.Pattern[str] | None
    future_void: frozenset[str]
    past_void_before: frozenset[str]
    past_void_after: frozenset[str]


@cache
def _cues(language: str | None) -> _Cues | None:
    tense = topic(language, Dates).tense
    pattern = _tense_pattern(tense)
    if pattern is None:
        return None
    breaks = fold_phrases(tense.clause_breaks)
    return _Cues(
        tense=pattern,
        clause_break=re.compile(marks_pattern(breaks)) if breaks else None,
        future_void=fold_words(tense.future_void_before),
        past_void_before=fold_words(tense.past_void_before),
        past_void_after=fold_words(tense.past_void_after),
    )


def _tense_pattern(tense: Tense) -> re.Pattern[str] | None:
    """Words and verb endings that mark a clause as future or past."""
    w = word_chars()
    parts = []
    for name in ("future", "past"):
        words, endings = getattr(tense, f"{name}_words"), getattr(tense, f"{name}_endings")
        options = []
        if words:
            options.append(bounded(phrase_pattern(fold_phrases(words))))
        if endings:
            options.append(rf"(?<![{w}])[{w}]+(?:{phrase_pattern(fold_phrases(endings))})(?![{w}])")
        if options:
            parts.append(f"(?P<{name}>{'|'.join(options)})")
    return re.compile("|".join(parts)) if parts else None


def clause_tense(doc: Doc, language: str | None, start: int, end: int) -> ClauseTense:
    """``"future"`` or ``"past"`` by the tense cue nearest folded ``[start, end)`` in its clause,
    else ``None``."""
    cues = _cues(language)
    if cues is None:
        return None
    text = doc.folded.text
    sentence = doc.sentence_at(doc.folded.offset(start))
    lo = doc.folded.folded_index(sentence.start) if sentence else 0
    hi = doc.folded.folded_index(sentence.end) if sentence else len(text)
    if cues.clause_break is not None:
        for brk in cues.clause_break.finditer(text, lo, hi):
            if brk.end() <= start:
                lo = brk.end()
            elif brk.start() >= end:
                hi = brk.start()
                break
    nearest: tuple[int, ClauseTense] | None = None
    for cue in cues.tense.finditer(text, lo, hi):
        if start <= cue.start() < end:
            continue
        if _voided(text, cue, cues):
            continue
        distance = cue.start() - end if cue.start() >= end else start - cue.end()
        if nearest is None or distance < nearest[0]:
            nearest = (distance, "future" if cue.lastgroup == "future" else "past")
    return nearest[1] if nearest else None


@cache
def _word() -> re.Pattern[str]:
    return re.compile(rf"[{word_chars()}]+")


def _voided(text: str, cue: re.Match[str], cues: _Cues) -> bool:
    """Whether the word before or after a cue makes it no tense cue ("their will", "will be held")."""
    before = _word().findall(text, max(0, cue.start() - _VOID_REACH), cue.start())[-1:]
    if cue.lastgroup == "future":
        return not cues.future_void.isdisjoint(before)
    after = _word().findall(text, cue.end(), cue.end() + _VOID_REACH)[:1]
    return not (cues.past_void_before.isdisjoint(before) and cues.past_void_after.isdisjoint(after))

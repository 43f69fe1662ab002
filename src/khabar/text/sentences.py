"""Sentences inside each segment, by regex, with the rules of the segment's language as data.

Written here rather than taken from spaCy: its sentencizer needs its tokenizer and a blank
model per language, costs far more per article, and still splits after "Dr." or "डॉ." unless
given an abbreviation list, which is the part that matters. Here one regex per line finds the
candidate ends (a run of terminators, then closing quotes or brackets, then a space or the end
of the line); only those candidates are checked in Python. A full stop does not end a sentence
after an abbreviation from any ``lang/<code>/language.yaml``, after initials ("J. K. Rowling",
"U.S."), or before a lower-case word; inside a number (2.5), URL or handle it is never followed
by a space, so it is no candidate. Sentences never cross a segment or a line break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from khabar.lang import merged, topic
from khabar.lang.models import LanguageRules
from khabar.schema import Segment, Sentence
from khabar.text.segment import line_spans

CLOSING_MARKS = "\"'”’»›“‘)]}〉》」』）］｝"
"""Punctuation that stays with the sentence it closes (“ and ‘ close German quotes)."""

_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")
_LEADING_PUNCTUATION = re.compile(r"^[^\w]+")
_NEXT_WORD = re.compile(r"\s*(\S)")


def _boundary_pattern(terminators: set[str], unspaced: set[str]) -> re.Pattern[str]:
    """Candidate sentence ends: a run of terminators with its closing marks."""
    terms = re.escape("".join(sorted(terminators)))
    closers = re.escape(CLOSING_MARKS)
    ending = rf"[{terms}]+[{closers}]*(?=\s|$)"
    if unspaced:
        ending = rf"(?:[{re.escape(''.join(sorted(unspaced)))}][{terms}]*[{closers}]*|{ending})"
    return re.compile(ending)


@cache
def _boundary(language: str | None) -> re.Pattern[str]:
    """The terminators of one language; of all languages when it has no data (or is None)."""
    own = topic(language, LanguageRules)
    data = [own] if own.sentence_terminators else list(merged(LanguageRules).values())
    return _boundary_pattern(
        {t for d in data for t in d.sentence_terminators},
        {t for d in data for t in d.unspaced_terminators},
    )


@cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations of all languages: a paragraph in one often quotes names in another."""
    return frozenset(a for d in merged(LanguageRules).values() for a in d.abbreviations)


def _ends_sentence(text: str, match: re.Match[str], line: tuple[int, int]) -> bool:
    """Whether a candidate end really ends its sentence."""
    end = match.group()
    if end.strip(".…") or end[-1] in CLOSING_MARKS:  # "!", "?", danda, or a closing quote
        return True
    following = _NEXT_WORD.match(text, match.end(), line[1])
    if following and following.group(1).islower():
        return False
    if end != ".":
        return True
    word_start = max(text.rfind(" ", line[0], match.start()) + 1, line[0])
    word = _LEADING_PUNCTUATION.sub("", text[word_start : match.start()])
    if f"{word}." in _abbreviations():
        return False
    return not (_INITIALS.fullmatch(word) and word.isupper())


def split_sentences(text: str, segments: Sequence[Segment]) -> list[Sentence]:
    """The sentences of each segment, in order; spans exclude surrounding whitespace."""
    sentences: list[Sentence] = []
    for seg in segments:
        boundary = _boundary(seg.language)
        for line_start, line_end in line_spans(text, seg.start, seg.end):
            start = line_start
            for match in boundary.finditer(text, line_start, line_end):
                if _ends_sentence(text, match, (line_start, line_end)):
                    sentences.append(Sentence(start=start, end=match.end()))
                    following = _NEXT_WORD.match(text, match.end(), line_end)
                    start = following.start(1) if following else line_end
            if start < line_end:
                sentences.append(Sentence(start=start, end=line_end))
    return sentences

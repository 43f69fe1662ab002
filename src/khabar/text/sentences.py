"""Sentences inside each segment, by regex, with the rules of the segment's language as data.

Written here rather than taken from spaCy: its sentencizer needs its tokenizer and a blank
model per language, costs far more per article, and still splits after "Dr." or "डॉ." unless
given an abbreviation list, which is the part that matters. Here one regex per line finds the
candidate ends (a run of terminators, then closing quotes or brackets, then a space, the end of
the line, a letter or an opening quote: scraped pages often lose the space, "हमला किया.डीजीपी");
only those candidates are checked in Python. A full stop does not end a sentence after an
abbreviation from any ``lang/<code>/language.yaml``, after initials ("J. K. Rowling", "U.S."), or
before a lower-case word; a number (2.5) is no candidate, and no terminator inside a URL or an
e-mail address ends a sentence. Sentences never cross a segment or a line break. A word is looked
at only within ``MAX_WORD`` characters of a candidate end, so that a text without spaces costs no more
per character than any other.
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

OPENING_MARKS = "\"'“‘«‹„"
"""Quotation marks that may open a sentence written straight after the previous one."""

_SHORT_PART = re.compile(r"[^\s.]{1,3}\.")  # a short part with its own full stop: "मी.", "C."
_WEB_ADDRESS = re.compile(r"@|://|^www\.", re.IGNORECASE)
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")
_LEADING_PUNCTUATION = re.compile(r"^[^\w]+")
_NEXT_WORD = re.compile(r"\s*(\S)")
MAX_WORD = 256  # characters of the word around a candidate end that are looked at (URLs are long)


def _boundary_pattern(terminators: set[str], unspaced: set[str]) -> re.Pattern[str]:
    """Candidate sentence ends: a run of terminators with its closing marks."""
    terms = re.escape("".join(sorted(terminators)))
    closers = re.escape(CLOSING_MARKS)
    unspaced_next = rf"[^\W\d_]|[{re.escape(OPENING_MARKS)}]"  # a letter, or a quote opening the next one
    ending = rf"[{terms}]+(?:[{closers}]*(?=\s|$)|[{closers}]*?(?={unspaced_next}))"
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


def _word_start(text: str, line_start: int, at: int) -> int:
    """Where the word ending at ``at`` starts, looking back at most ``MAX_WORD`` characters."""
    floor = max(line_start, at - MAX_WORD)
    return max(text.rfind(" ", floor, at) + 1, floor)


def _ends_sentence(text: str, match: re.Match[str], line: tuple[int, int]) -> bool:
    """Whether a candidate end really ends its sentence."""
    end = match.group()
    if match.end() < line[1] and not text[match.end()].isspace() and _in_web_address(text, match, line):
        return False
    if end.strip(".…") or end[-1] in CLOSING_MARKS:  # "!", "?", danda, or a closing quote
        return True
    following = _NEXT_WORD.match(text, match.end(), line[1])
    if following and following.group(1).islower():
        return False
    if end != ".":
        return True
    word_start = _word_start(text, line[0], match.start())
    word = _LEADING_PUNCTUATION.sub("", text[word_start : match.start()])
    if f"{word}." in _abbreviations() or f"{word.rsplit('.', 1)[-1]}." in _abbreviations():
        return False
    if "." in word:  # the end of a run of initials or abbreviations: "एस.ए.", "कि.मी."
        return False
    unspaced = match.end() < line[1] and not text[match.end()].isspace()
    if unspaced and _SHORT_PART.match(text, match.end()):
        return False  # before one: "कि.मी.", "R-S.C."
    return not (_INITIALS.fullmatch(word) and word.isupper())


def _in_web_address(text: str, match: re.Match[str], line: tuple[int, int]) -> bool:
    """Is the unspaced candidate inside a URL or an e-mail address ("bbc.com/hindi", "a@b.in")?"""
    start = _word_start(text, line[0], match.start())
    ceiling = min(line[1], match.end() + MAX_WORD)
    end = text.find(" ", match.end(), ceiling)
    return bool(_WEB_ADDRESS.search(text[start : end if end >= 0 else ceiling]))


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

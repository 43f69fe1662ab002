"""The words of an article, found once, on the folded text, for every stage to read.

A word is a run of letters, combining marks and digits (Unicode categories L, M and N, so the
vowel signs and viramas of Devanagari, Bengali or Gurmukhi and the harakat of Arabic stay inside
their word), with inner apostrophes ("o'neill", "they'll"); the possessive "'s" and other clitics
after an apostrophe are words of their own ("bangladesh", "'s"), as in spaCy. The script of a word
comes from the ranges in ``data/scripts.yaml``; no script is written here.

Stages ask for the words around a span (``before``, ``after``, ``between``) through ``Tokens``
instead of running their own patterns, so every stage sees the same words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from khabar.text.langid import script_of_char
from khabar.text.normalise import Folded, fold

# a clitic after an apostrophe is a word only right after a word: an opening quote mark ('Modi') is none
WORD = regex.compile(
    r"[\p{L}\p{M}\p{N}]+(?:'(?!s\b)[\p{L}\p{M}\p{N}]+)*|(?<=[\p{L}\p{M}\p{N}])'[\p{L}\p{M}\p{N}]+"
)
QUOTE_MARKS = frozenset('"“”«»„')  # typography, the same in every language


class Token(NamedTuple):
    """One word: original offsets, folded offsets and text, script, shape (a named tuple: made by
    the hundred thousand, immutable and cheap)."""

    index: int
    start: int
    end: int
    fstart: int
    fend: int
    text: str  # folded
    script: str | None  # ISO 15924 code of its first letter, None for a number
    capitalised: bool  # the original's first character is upper case
    joined: bool  # only spaces or hyphens between this word and the next
    latin: bool  # in Latin script (a field, not a property: read millions of times per thousand articles)


def words(text: str) -> list[str]:
    """The words of a (folded) string, as the document would tokenise them."""
    return WORD.findall(text)


Phrase = tuple[str, ...]


def phrases(items: Iterable[str]) -> tuple[Phrase, ...]:
    """Phrases of language data as folded word tuples, each once, longest first (in the data's order
    among equals), for matching against the document's words."""
    unique = dict.fromkeys(tuple(words(fold(item))) for item in items)
    return tuple(sorted((p for p in unique if p), key=len, reverse=True))


class Tokens(Sequence[Token]):
    """The words of one text, in order, with lookups by original offset."""

    __slots__ = ("_ends", "_folded", "_starts", "_tokens")

    def __init__(self, folded: Folded) -> None:
        self._folded = folded
        text = folded.original
        matches = [(m.start(), m.end(), m.group()) for m in WORD.finditer(folded.text)]
        if folded.kept is None:
            spans = [(fstart, fend) for fstart, fend, _ in matches]
        else:
            spans = [folded.span(fstart, fend) for fstart, fend, _ in matches]
        starts = [start for start, _ in spans]
        following = [*starts[1:], None] if starts else []
        scripts = [_script(word) for _, _, word in matches]
        self._tokens = [
            Token(
                i,
                start,
                end,
                fstart,
                fend,
                word,
                script,
                text[start].isupper(),
                after is not None and not text[end:after].strip(" -‐"),
                script == "Latn",
            )
            for i, ((fstart, fend, word), (start, end), after, script) in enumerate(
                zip(matches, spans, following, scripts, strict=True)
            )
        ]
        self._starts = starts
        self._ends = [end for _, end in spans]  # ascending too: words do not overlap

    def __len__(self) -> int:
        return len(self._tokens)

    def __getitem__(self, index):  # type: ignore[override]
        return self._tokens[index]

    def __iter__(self) -> Iterator[Token]:
        return iter(self._tokens)

    def first_at(self, offset: int) -> int:
        """Index of the first word starting at or after original ``offset``."""
        return bisect_left(self._starts, offset)

    def within(self, start: int, end: int) -> list[Token]:
        """Words wholly inside original ``[start, end)``: from the first starting there to the last
        ending by ``end``."""
        return self._tokens[self.first_at(start) : bisect_right(self._ends, end)]

    def between(self, start: int, end: int) -> list[str]:
        """Folded words inside original ``[start, end)``."""
        return [t.text for t in self.within(start, end)]

    def after(
        self, end: int, count: int, *, limit: int | None = None, stops: frozenset[str] = QUOTE_MARKS
    ) -> list[str]:
        """Up to ``count`` folded words after original ``end`` and before ``limit``, stopping at the
        first character of ``stops`` between words."""
        out: list[str] = []
        position = self._folded.folded_index(end)
        text = self._folded.text
        for i in range(self.first_at(end), len(self._tokens)):
            token = self._tokens[i]
            if len(out) >= count or (limit is not None and token.end > limit):
                break
            if _stopped(text, position, token.fstart, stops):
                break
            out.append(token.text)
            position = token.fend
        return out

    def before(
        self, start: int, count: int, *, floor: int | None = None, stops: frozenset[str] = QUOTE_MARKS
    ) -> list[str]:
        """Up to ``count`` folded words before original ``start`` and from ``floor``, nearest last,
        stopping at the first character of ``stops`` between words."""
        out: list[str] = []
        position = self._folded.folded_index(start)
        text = self._folded.text
        for i in range(self.first_at(start) - 1, -1, -1):
            token = self._tokens[i]
            if len(out) >= count or (floor is not None and token.start < floor):
                break
            if _stopped(text, token.fend, position, stops):
                break
            out.append(token.text)
            position = token.fstart
        out.reverse()
        return out


def _stopped(text: str, start: int, end: int, stops: frozenset[str]) -> bool:
    return not stops.isdisjoint(text[start:end])


@lru_cache(maxsize=65_536)
def _script(word: str) -> str | None:
    for char in word:
        if (script := script_of_char(char)) is not None:
            return script
    return None


def ends_in(word: str, endings: Iterable[str], stem: int = 2) -> bool:
    """Does ``word`` end in one of ``endings`` with at least ``stem`` letters before it?"""
    return any(word.endswith(e) and len(word) >= len(e) + stem for e in endings)

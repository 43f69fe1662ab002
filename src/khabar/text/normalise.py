"""A folded view of the article text for matching, with an exact map back to the original.

Folding is 1:1 or deletion per character, so the map is a list of kept positions and
costs nothing when no character is deleted. Matching runs on ``Folded.text``; every
span found there is turned back into original offsets with ``Folded.span``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from khabar.knowledge.data import load_yaml
from khabar.text.patterns import expand

_BMP = range(0x80, 0x10000)  # the characters (beyond ASCII) the generic rules look at


@cache
def fold_table() -> dict[int, str | None]:
    """The translate table from ``data/fold.yaml``: accents stripped from the letters of the listed
    scripts, the listed blocks and characters deleted, then the character folds."""
    data = load_yaml("fold.yaml")
    table: dict[int, str | None] = {}
    accented = regex.compile("[" + "".join(f"\\p{{sc={code}}}" for code in data["accents_stripped_in"]) + "]")
    for code in _BMP:
        char = chr(code)
        if accented.match(char):
            base = unicodedata.normalize("NFD", char)[:1].lower()
            if base != char and len(base) == 1:
                table[code] = base
    deleted = regex.compile("[" + "".join(f"\\p{{Block={block}}}" for block in data["deleted_blocks"]) + "]")
    table.update((code, None) for code in _BMP if deleted.match(chr(code)))
    table.update((ord(char), None) for char in data["deleted"])
    for group in data["chars"].values():
        for char, folded in group.items():
            table[ord(char)] = folded or None
    return table


@cache
def _deleted() -> re.Pattern[str]:
    """Runs of the characters folding deletes (the gaps in ``Folded.kept``)."""
    deleted = "".join(re.escape(chr(code)) for code, folded in fold_table().items() if folded is None)
    return re.compile(f"[{deleted}]+")


SEQUENCE_TAIL = "\u200b"  # what the rest of a folded sequence becomes before folding: a deleted character


@cache
def _sequences() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The multi-character folds of ``data/fold.yaml`` (mojibake) and their pattern, longest first."""
    table: dict[str, str] = load_yaml("fold.yaml").get("sequences") or {}
    if not table:
        return None, table
    keys = sorted(table, key=len, reverse=True)
    return re.compile("|".join(re.escape(key) for key in keys)), table


def _unmangled(text: str) -> str:
    """``text`` with each folded sequence replaced by its character and then deleted ones (same length)."""
    pattern, table = _sequences()
    if pattern is None or not pattern.search(text):
        return text
    return pattern.sub(lambda m: table[m.group()] + SEQUENCE_TAIL * (len(m.group()) - 1), text)


def fold(text: str) -> str:
    """Fold a string the way ``Folded`` does (for building keys from knowledge)."""
    return _unmangled(text).translate(fold_table()).lower()


def fold_words(words: Iterable[str]) -> frozenset[str]:
    """Words of language data as a set of matching keys, each folded."""
    return frozenset(fold(word) for word in words)


def fold_phrases(patterns: Iterable[str]) -> list[str]:
    """Phrases of language data as matching keys: each pattern expanded (``khabar.text.patterns``),
    folded, with single spaces between words."""
    return [" ".join(fold(phrase).split()) for pattern in patterns for phrase in expand(pattern)]


@dataclass(slots=True)
class Folded:
    """``text`` is the folded string; ``kept[i]`` is the original index of folded char ``i``."""

    original: str
    text: str
    kept: list[int] | None  # None when nothing was deleted (identity map)

    @classmethod
    def of(cls, original: str) -> Folded:
        source = _unmangled(original)
        folded = source.translate(fold_table())
        lowered = folded.lower()
        if len(lowered) == len(folded):
            folded = lowered
        else:  # rare letters whose lower case is longer (e.g. "İ"): lower them one by one
            folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
        if len(folded) == len(original):
            return cls(original, folded, None)
        kept: list[int] = []
        position = 0
        for deleted in _deleted().finditer(source):
            kept.extend(range(position, deleted.start()))
            position = deleted.end()
        kept.extend(range(position, len(source)))
        return cls(original, folded, kept)

    def offset(self, index: int) -> int:
        """Original offset of folded position ``index`` (``len(text)`` maps to the end)."""
        if self.kept is None:
            return index
        if index >= len(self.kept):
            return len(self.original)
        return self.kept[index]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded span ``[start, end)``."""
        if self.kept is None:
            return start, end
        orig_start = self.kept[start]
        orig_end = self.kept[end - 1] + 1 if end > start else orig_start
        # a deleted mark right after the last kept char belongs to it (nukta, ZWJ)
        table = fold_table()
        while orig_end < len(self.original) and table.get(ord(self.original[orig_end]), "") is None:
            if end < len(self.kept) and orig_end >= self.kept[end]:
                break
            orig_end += 1
        return orig_start, orig_end

    def folded_index(self, original_index: int) -> int:
        """Folded position of an original offset (the next kept char)."""
        if self.kept is None:
            return original_index
        return bisect_left(self.kept, original_index)

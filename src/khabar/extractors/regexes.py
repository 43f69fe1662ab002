"""Regex building blocks of the number, date and count readers: the characters of a word in any
script, literal phrases merged into one pattern, whole-word bounds, clause marks, and a fast scan
for where a phrase or a number in digits may begin."""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache


@cache
def word_chars() -> str:
    """Regex class body of characters that continue a word: ``\\w`` plus combining marks.

    Python's ``\\w`` stops at Devanagari vowel signs, so ``\\b`` splits Hindi words; every
    pattern here uses ``(?<![...])`` and ``(?![...])`` with this class instead.
    """
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    marks = "".join(f"\\u{lo:04x}-\\u{hi:04x}" if hi > lo else f"\\u{lo:04x}" for lo, hi in ranges)
    return r"\w" + marks


def phrase_pattern(phrases: Iterable[str], whole_words: bool = False) -> str:
    """A regex matching any of the literal phrases, longest first, any whitespace between words.

    The phrases are merged into a prefix tree, so the regex engine tests one character at a
    time instead of every phrase at every position. With ``whole_words`` the word-start test
    comes after the first character: the pattern then opens with literals only, and the engine
    skips every position whose character starts no phrase without entering the matcher.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in " ".join(phrase.split()):
            node = node.setdefault(char, {})
        if node is not trie:
            node[""] = {}
    if not trie:
        return r"(?!x)x"
    if not whole_words:
        return _trie_pattern(trie)
    w = word_chars()
    branches = [
        re.escape(char) + rf"(?<![{w}].)" + _trie_pattern(child) for char, child in sorted(trie.items())
    ]
    return f"(?:{'|'.join(branches)})(?![{w}])"


def _trie_pattern(node: dict) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    return f"(?:{body})?"


_DIGIT_START = re.compile(r"\d(?<![\w.,].)")  # opens with a class, so the engine scans for it fast


@dataclass(frozen=True, slots=True)
class StartFinder:
    """Where a whole-word phrase or a number in digits begins: a fast first pass (see
    ``phrase_pattern``) whose hits are then matched in full with an anchored pattern."""

    phrases: re.Pattern[str]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> StartFinder:
        return cls(re.compile(phrase_pattern(phrases, whole_words=True)))

    def positions(self, text: str, start: int, end: int) -> Iterator[int]:
        """Candidate start offsets in ``text[start:end]``, in order."""
        return heapq.merge(
            (m.start() for m in self.phrases.finditer(text, start, end)),
            (m.start() for m in _DIGIT_START.finditer(text, start, end)),
        )


def bounded(body: str) -> str:
    """``body`` matched only as whole words."""
    w = word_chars()
    return rf"(?<![{w}])(?:{body})(?![{w}])"


def marks_pattern(phrases: list[str]) -> str:
    """A regex for clause marks: words match as whole words, punctuation marks anywhere."""
    w = word_chars()
    words = [p for p in phrases if re.search(rf"[{w}]", p)]
    signs = [p for p in phrases if p not in words]
    return f"{bounded(phrase_pattern(words))}|{phrase_pattern(signs)}"

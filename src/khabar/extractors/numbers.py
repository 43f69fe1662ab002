"""Numbers in digits or words, vague quantities read conservatively, and approximate cues.

Hand-written rather than number-parser because one pass must give offsets, read Hindi and
English words (number-parser covers Hindi only partly and misses दर्जनों, हजारों, डेढ़, ढाई),
read vague quantities by the ACLED convention (dozens -> 12, hundreds -> 100) and mark cues
such as "more than" or "लगभग" as approximate. The grammar here knows no language: every word
comes from ``lang/<code>/numbers.yaml``. Digits of any script work (``२०००``), with Western
(2,000,000) or Indian (20,00,000) grouping. Matching expects folded text
(``khabar.text.normalise.fold``): lower case, nukta removed.
"""

from __future__ import annotations

import heapq
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from khabar.lang import topic
from khabar.lang.models import Numbers
from khabar.text.normalise import fold

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?"


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A quantity in the text: ``[start, end)`` includes its approximate cues."""

    start: int
    end: int
    value: int
    approx: bool


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


@dataclass(frozen=True, slots=True)
class _Grammar:
    """The compiled number grammar of one language."""

    starts: StartFinder
    run: re.Pattern[str]
    atom: re.Pattern[str]
    words: dict[str, tuple[str, Fraction]]  # folded word -> (kind, value)


_KINDS = ("units", "multipliers", "fractions", "fraction_modifiers", "vague")


@cache
def _grammar(language: str) -> _Grammar:
    data = topic(language, Numbers)
    words: dict[str, tuple[str, Fraction]] = {}
    for kind in _KINDS:
        for word, value in getattr(data, kind).items():
            words[_norm(fold(word))] = (kind, Fraction(str(value)))
    for word in data.article_one:
        words[_norm(fold(word))] = ("article", Fraction(1))
    w = word_chars()
    number_words = phrase_pattern(k for k, (kind, _) in words.items() if kind != "article")
    multipliers = phrase_pattern(k for k, (kind, _) in words.items() if kind == "multipliers")
    articles = phrase_pattern(k for k, (kind, _) in words.items() if kind == "article")
    digits = rf"(?<![{w}.,])(?:{_DIGITS})(?![{w}]|[.,]\d)"
    atom = rf"(?:{digits}|(?<![{w}])(?:(?:{articles})\s+(?:{multipliers})|{number_words})(?![{w}]))"
    connectors = phrase_pattern(fold(c) for c in data.connectors)
    before = phrase_pattern(fold(c) for c in data.approx_before)
    after = phrase_pattern(fold(c) for c in data.approx_after)
    run = (
        rf"(?:(?<![{w}])(?P<pre>{before})\s+)?"
        rf"(?P<body>{atom}(?:(?:\s*-\s*|\s+(?:{connectors})\s+|\s+){atom})*)"
        rf"(?:\s+(?P<post>{after})(?![{w}]))?"
    )
    token = rf"(?P<digits>{_DIGITS})|(?P<sep>{connectors})(?![{w}])|(?P<word>{number_words}|{articles})"
    starts = StartFinder.of([*words, *map(fold, data.approx_before)])
    return _Grammar(starts, re.compile(run), re.compile(token), words)


def _norm(phrase: str) -> str:
    return " ".join(phrase.split())


# Digits read of one number, whole or decimal part. Python refuses to read more than 4,300 digits
# into an int, and any figure this long is far above every bound a reader applies (counts keep at
# most ``rules.MAX_COUNT``, dates years 1-9999): a longer whole part reads as 10^40, and decimals past
# this many digits only tell whether the number is whole.
_MAX_DIGITS = 40


def _digits_value(surface: str) -> Fraction:
    whole, _, decimals = surface.replace(",", "").partition(".")
    whole = whole.lstrip("0") or "0"
    if len(whole) > _MAX_DIGITS:
        return Fraction(10**_MAX_DIGITS)
    value = Fraction(int(whole))
    decimals = decimals.rstrip("0")
    if len(decimals) > _MAX_DIGITS:
        decimals = decimals[:_MAX_DIGITS] + "1"  # still not whole, and no more digits to read
    if decimals:
        value += Fraction(int(decimals), 10 ** len(decimals))
    return value


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    kind: str  # units, multipliers, fractions, fraction_modifiers, vague, article, digits
    value: Fraction
    sep: str | None  # connector word before this token, if any


def _tokens(grammar: _Grammar, text: str, start: int, end: int) -> list[_Token]:
    tokens: list[_Token] = []
    sep: str | None = None
    for m in grammar.atom.finditer(text, start, end):
        if m.group("sep"):
            sep = m.group("sep")
            continue
        if m.group("digits"):
            tokens.append(_Token(m.start(), m.end(), "digits", _digits_value(m.group()), sep))
        else:
            kind, value = grammar.words[_norm(m.group())]
            tokens.append(_Token(m.start(), m.end(), kind, value, sep))
        sep = None
    return tokens


def _longest(tokens: list[_Token], first: int) -> tuple[int, Fraction, bool] | None:
    """The longest number starting at ``tokens[first]``: (end index, value, approx)."""
    total = Fraction(0)
    current: Fraction | None = None
    largest = Fraction(sys.maxsize)  # last multiplier of a thousand or more
    modifier = Fraction(0)
    last = ""
    approx = False
    best: tuple[int, Fraction, bool] | None = None
    for index in range(first, len(tokens)):
        token = tokens[index]
        kind, value = token.kind, token.value
        if index > first and token.sep and not _joins(last, token):
            break
        if kind in ("units", "digits", "fractions", "vague"):
            if current is None or last == "fraction_modifiers":
                current = value + modifier
            elif last == "multipliers" and largest <= value:
                break
            elif last == "multipliers" and current == 0:
                current = value
            elif last == "multipliers" and value < 100 and kind in ("units", "digits"):
                current += value
            elif last == "units" and kind == "units" and _is_tens(current) and value < 10:
                current += value  # "twenty five"
            elif token.sep and last == "vague" and kind == "vague":
                current *= value
            else:
                break
            approx = approx or kind == "vague"
        elif kind == "multipliers":
            if current is None or last == "fraction_modifiers":  # "हजार लोग", "सवा लाख"
                current = 1 + modifier
            if value < 1000:
                current *= value
            elif value < largest:
                total += current * value
                current, largest = Fraction(0), value
            elif current == 0:
                total *= value
                largest = value
            else:
                break
        elif kind == "fraction_modifiers" and current is None:
            modifier = value
        elif kind == "article" and current is None:
            current = Fraction(1)
        else:
            break
        last = kind
        number = total + (current or 0)
        if last not in ("article", "fraction_modifiers") and number.denominator == 1:
            best = (index + 1, number, approx)
    return best


def _is_tens(value: Fraction) -> bool:
    return 20 <= value < 100 and value % 10 == 0


def _joins(last: str, token: _Token) -> bool:
    """Whether a connector word may join ``token`` to the number before it."""
    if last == "multipliers":  # "two hundred and five"
        return token.kind in ("units", "digits")
    return last == "vague" and token.kind in ("vague", "multipliers")  # "tens of thousands"


def find_numbers(text: str, language: str, start: int = 0, end: int | None = None) -> list[NumberMatch]:
    """Every quantity in folded ``text[start:end]``, in order, offsets into ``text``."""
    grammar = _grammar(language)
    found: list[NumberMatch] = []
    end = len(text) if end is None else end
    resume = start
    for position in grammar.starts.positions(text, start, end):
        if position < resume or (run := grammar.run.match(text, position, end)) is None:
            continue
        resume = run.end()
        tokens = _tokens(grammar, text, run.start("body"), run.end("body"))
        numbers: list[tuple[int, int, Fraction, bool]] = []
        index = 0
        while index < len(tokens):
            best = _longest(tokens, index)
            if best is None:
                index += 1
                continue
            stop, value, approx = best
            numbers.append((tokens[index].start, tokens[stop - 1].end, value, approx))
            index = stop
        if not numbers:
            continue
        if run.group("pre") and numbers[0][0] == run.start("body"):
            numbers[0] = (run.start(), numbers[0][1], numbers[0][2], True)
        if run.group("post") and numbers[-1][1] == run.end("body"):
            numbers[-1] = (numbers[-1][0], run.end(), numbers[-1][2], True)
        found.extend(NumberMatch(s, e, int(v), a) for s, e, v, a in numbers)
    return found


def parse_number(surface: str, language: str) -> tuple[int, bool] | None:
    """``(value, approx)`` of a surface that is one whole quantity, else ``None``."""
    text = fold(surface).strip()
    numbers = find_numbers(text, language)
    if len(numbers) == 1 and numbers[0].start == 0 and numbers[0].end == len(text):
        return numbers[0].value, numbers[0].approx
    return None

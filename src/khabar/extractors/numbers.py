"""Numbers in digits or words, vague quantities read conservatively, and approximate cues.

Hand-written rather than number-parser because one pass must give offsets, read Hindi and
English words (number-parser covers Hindi only partly and misses दर्जनों, हजारों, डेढ़, ढाई),
read vague quantities by the ACLED convention (dozens -> 12, hundreds -> 100), read a range at
its low end ("300-400" -> 300, "three to four hundred" -> 300) and mark it and cues such as
"more than" or "लगभग" as approximate. The grammar here knows no language: every word
comes from ``lang/<code>/numbers.yaml``. Digits of any script work (``२०००``), with Western
(2,000,000) or Indian (20,00,000) grouping. Matching expects folded text
(``khabar.text.normalise.fold``): lower case, nukta removed.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from khabar.extractors.regexes import StartFinder, phrase_pattern, word_chars
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


@dataclass(frozen=True, slots=True)
class _Grammar:
    """The compiled number grammar of one language."""

    starts: StartFinder
    run: re.Pattern[str]
    atom: re.Pattern[str]
    words: dict[str, tuple[str, Fraction]]  # folded word -> (kind, value)
    range_gap: re.Pattern[str]  # what joins the two ends of a range
    between_gap: re.Pattern[str]  # ... when the range opens with "between"
    between: re.Pattern[str]  # "between", right before a range's first end
    not_range: re.Pattern[str]  # "from", right before the first of two quantities: a change


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
    ranges = data.ranges
    return _Grammar(
        starts,
        re.compile(run),
        re.compile(token),
        words,
        re.compile(rf"\s*(?:{phrase_pattern(fold(j) for j in ranges.joiners)})\s*"),
        re.compile(rf"\s*(?:{phrase_pattern(fold(j) for j in ranges.between_joiners)})\s*"),
        re.compile(rf"(?<![{w}])(?:{phrase_pattern(fold(b) for b in ranges.between)})\s+$"),
        re.compile(rf"(?<![{w}])(?:{phrase_pattern(fold(b) for b in ranges.not_after)})\s+$"),
    )


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
        elif kind == "article" and last == "fractions":  # "half a million"
            pass
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
    return _ranges(grammar, text, found)


_LOOK_BACK = 12  # characters before a quantity read for "between" or "from"


def _ranges(grammar: _Grammar, text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """Two quantities joined as a range ("300-400", "between 300 and 400") become one, read at its
    low end and approximate; the low end takes the high end's multiplier ("three to four hundred")."""
    out: list[NumberMatch] = []
    index = 0
    while index < len(found):
        low = found[index]
        high = found[index + 1] if index + 1 < len(found) else None
        if high is None or not low.value < high.value or not _joined(grammar, text, low, high):
            out.append(low)
            index += 1
            continue
        value = low.value
        last_word = _norm(text[high.start : high.end]).rsplit(" ", 1)[-1]
        kind, scale = grammar.words.get(last_word, ("", Fraction(1)))
        if kind == "multipliers" and low.value * scale <= high.value:
            value = int(low.value * scale)
        out.append(NumberMatch(low.start, high.end, value, True))
        index += 2
    return out


def _joined(grammar: _Grammar, text: str, low: NumberMatch, high: NumberMatch) -> bool:
    before = max(0, low.start - _LOOK_BACK)
    if grammar.not_range.search(text, before, low.start):
        return False
    if grammar.range_gap.fullmatch(text, low.end, high.start):
        return True
    opened = grammar.between.search(text, before, low.start)
    return bool(opened and grammar.between_gap.fullmatch(text, low.end, high.start))


def parse_number(surface: str, language: str) -> tuple[int, bool] | None:
    """``(value, approx)`` of a surface that is one whole quantity, else ``None``."""
    text = fold(surface).strip()
    numbers = find_numbers(text, language)
    if len(numbers) == 1 and numbers[0].start == 0 and numbers[0].end == len(text):
        return numbers[0].value, numbers[0].approx
    return None


def quantity_as_one(words: list[str], language: str | None) -> list[str]:
    """``words`` (folded, in text order) with a quantity that ends them, its approximate cue included,
    kept as one word ("conducted at least 12", "announced a $5 billion": the light verb's reach counts
    the amount once)."""
    if not words or language is None:
        return words
    text = " ".join(words)
    found = find_numbers(text, language)
    if not found or found[-1].end != len(text) or found[-1].start == 0:
        return words
    return [*text[: found[-1].start].split(), words[-1]]

"""Script and language of each segment.

The script (ISO 15924) of a segment is the one most of its letters belong to, by the code-point
ranges in ``data/scripts.yaml``; counting goes through ``collections.Counter`` (C speed), so only
the distinct characters of a segment are looked up in Python. A segment enough of whose words are
one candidate language's marker words (its common function words, ``marker_words`` in its
``language.yaml``) is in that language. Otherwise the language (ISO 639-1) is chosen by
lingua-language-detector among the few candidate languages that data lists for that
script: one small detector per script, built on first use and cached (a detector over all of
lingua's languages costs seconds and about 1 GB). A segment with too few letters, or one lingua
is unsure about, takes the language of the nearest segment in the same script, else the
script's default language. Letter counts and lingua's answers are remembered (bounded
``lru_cache``): the main language re-reads the paragraphs just counted, and bylines, credits and
boilerplate lines recur across articles.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import chain
from typing import Any

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from khabar.knowledge.data import load_yaml
from khabar.lang import languages, topic
from khabar.lang.models import LanguageRules
from khabar.schema import Segment

_PUNCTUATION = ".,;:!?'\"()[]{}“”‘’।॥-–—"


@cache
def _config() -> dict[str, Any]:
    return load_yaml("scripts.yaml")


@cache
def _script_ranges() -> tuple[list[int], list[int], list[str]]:
    """Range starts, range ends (inclusive) and script codes, sorted by start."""
    ranges: list[tuple[int, int, str]] = []
    for code, script in _config()["scripts"].items():
        for item in script["ranges"]:
            low, _, high = item.partition("-")
            ranges.append((int(low, 16), int(high or low, 16), code))
    ranges.sort()
    return [r[0] for r in ranges], [r[1] for r in ranges], [r[2] for r in ranges]


@cache
def script_of_char(char: str) -> str | None:
    """ISO 15924 code of the script a letter belongs to; None for digits, punctuation, spaces."""
    starts, ends, codes = _script_ranges()
    i = bisect_right(starts, ord(char)) - 1
    return codes[i] if i >= 0 and ord(char) <= ends[i] else None


def letter_counts(text: str) -> Counter[str]:
    """Number of letters of each script in ``text``."""
    counts: Counter[str] = Counter()
    for char, n in Counter(text).items():
        if (script := script_of_char(char)) is not None:
            counts[script] += n
    return counts


@lru_cache(maxsize=256)
def _script_and_letters(text: str) -> tuple[str | None, int]:
    """The script most letters of ``text`` are in and the number of letters. Remembered: language
    ID and the main language read the same paragraphs one after the other."""
    counts = letter_counts(text)
    return (counts.most_common(1)[0][0], counts.total()) if counts else (None, 0)


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are in (None when it has no letters)."""
    return _script_and_letters(text)[0]


def _lingua_language(code: str) -> Language:
    """lingua's language for an ISO 639-1 code: the name in ``lang/<code>/language.yaml`` if any."""
    name = topic(code, LanguageRules).lingua
    return Language.from_str(name) if name else Language.from_iso_code_639_1(IsoCode639_1.from_str(code))


@cache
def _detector(script: str) -> tuple[LanguageDetector, dict[Language, str]] | None:
    """The detector over one script's candidate languages (None when there is only one)."""
    codes = _config()["scripts"][script]["languages"]
    if len(codes) < 2:
        return None
    by_language = {_lingua_language(code): code for code in codes}
    builder = LanguageDetectorBuilder.from_languages(*by_language)
    if _config()["detector"]["low_accuracy_mode"]:
        builder = builder.with_low_accuracy_mode()
    return builder.build(), by_language


def _detect(text: str) -> tuple[str | None, str | None]:
    """``(script, language)`` of a text; language None when too short or unsure."""
    script, letters = _script_and_letters(text)
    if script is None:
        return None, None
    detector = _detector(script)
    if detector is None:
        return script, _config()["scripts"][script]["languages"][0]
    if (marked := _marked_language(script, text[: _config()["detector"]["max_chars"]])) is not None:
        return script, marked
    if letters < _config()["detector"]["min_letters"]:
        return script, None
    return script, _lingua_choice(script, text[: _config()["detector"]["max_chars"]])


@cache
def _markers(script: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """``(language, marker words)`` of each candidate language of ``script`` that lists some."""
    candidates = _config()["scripts"][script]["languages"]
    listed = ((code, topic(code, LanguageRules).marker_words) for code in candidates)
    return tuple((code, frozenset(words)) for code, words in listed if words)


def _marked_language(script: str, text: str) -> str | None:
    """The first candidate language whose marker words are at least ``marker_share`` of the words of
    ``text`` in ``script`` (those opening with one of its letters), if any."""
    markers = _markers(script)
    if not markers:
        return None
    stripped = (w.strip(_PUNCTUATION) for w in text.split())
    words = [w for w in stripped if w and script_of_char(w[0]) == script]
    share = _config()["detector"]["marker_share"]
    for code, listed in markers:
        if words and sum(w in listed for w in words) >= share * len(words):
            return code
    return None


@lru_cache(maxsize=4096)
def _lingua_choice(script: str, sample: str) -> str | None:
    """lingua's language for a sample of one script's text; None when unsure. Remembered, as
    agency credits, bylines and boilerplate lines recur across articles."""
    detector, by_language = _detector(script)
    confidences = detector.compute_language_confidence_values(sample)
    if not confidences or confidences[0].value == 0:
        return None
    found = by_language.get(confidences[0].language)
    default = _config()["scripts"][script]["default"]
    if found != default and found not in languages():
        default_value = next((c.value for c in confidences if by_language.get(c.language) == default), 0.0)
        if confidences[0].value - default_value < _config()["detector"]["unsupported_margin"]:
            return default
    return found


def _nearest(index: int, count: int) -> Iterable[int]:
    """Indices before ``index`` (nearest first), then those after it."""
    return chain(range(index - 1, -1, -1), range(index + 1, count))


def identify(text: str, segments: list[Segment]) -> list[Segment]:
    """Copies of ``segments`` with ``script`` and ``language`` set."""
    found = [_detect(text[s.start : s.end]) for s in segments]
    scripts = _config()["scripts"]
    languages: list[str | None] = []
    for i, (script, language) in enumerate(found):
        if language is None and script is not None:
            same_script = (found[j][1] for j in _nearest(i, len(found)) if found[j][0] == script)
            language = next((lang for lang in same_script if lang), scripts[script]["default"])
        languages.append(language)
    for i, (script, _) in enumerate(found):
        if script is None:  # no letters at all: the nearest segment's language
            languages[i] = next((languages[j] for j in _nearest(i, len(found)) if languages[j]), None)
    return [
        s.model_copy(update={"script": script, "language": language})
        for s, (script, _), language in zip(segments, found, languages, strict=True)
    ]


def main_language(text: str, segments: Sequence[Segment]) -> str | None:
    """The language most letters of the article are in.

    Paragraphs count; embedded posts count only when there is nothing else, since a quoted post
    does not make the article's language.
    """
    paragraphs = [s for s in segments if s.kind == "paragraph" and s.language] or [
        s for s in segments if s.language
    ]
    letters: Counter[str] = Counter()
    for s in paragraphs:
        letters[s.language] += _script_and_letters(text[s.start : s.end])[1]
    return letters.most_common(1)[0][0] if letters else None

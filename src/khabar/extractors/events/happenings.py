"""Happenings PLOVER codes no event for (``happenings`` of a language's ``events.yaml``): a flood, a
chemical spill, a smuggling ring, a dispute over who is to blame. khabar codes no event for them; they
are found by their words, whole words of the folded text (not inside a phrase that denies one), so
that a text about one can still be told apart from one about political violence (the CASE 2021 labels
beyond ACLED's)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from khabar.extractors.regexes import phrase_pattern
from khabar.lang import topic
from khabar.lang.models import Events
from khabar.lang.models.events import Happening
from khabar.text.normalise import Folded, fold_phrases


@dataclass(frozen=True, slots=True)
class HappeningHit:
    """One happening's words in a text: ``text[start:end]``."""

    happening: Happening
    start: int
    end: int


@cache
def _matchers(language: str) -> tuple[tuple[Happening, re.Pattern[str], re.Pattern[str] | None], ...]:
    return tuple(
        (
            happening,
            _pattern(happening.words),
            _pattern(happening.unless) if happening.unless else None,
        )
        for happening in topic(language, Events).happenings
    )


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(phrase_pattern(fold_phrases(words), whole_words=True))


def happenings(text: str, language: str | None) -> list[HappeningHit]:
    """Every happening named in ``text``, in text order (one hit per word found)."""
    if not language:
        return []
    folded = Folded.of(text)
    hits = []
    for happening, pattern, unless in _matchers(language):
        denied = [m.span() for m in unless.finditer(folded.text)] if unless else []
        hits += [
            HappeningHit(happening, *folded.span(*match.span()))
            for match in pattern.finditer(folded.text)
            if not any(lo <= match.start() and match.end() <= hi for lo, hi in denied)
        ]
    return sorted(hits, key=lambda hit: (hit.start, hit.end))

"""Happenings PLOVER codes no event for (``happenings`` of a language's ``events.yaml``): a flood, a
chemical spill, a smuggling ring, a dispute over who is to blame. khabar codes no event for them; they
are found by their words, whole words of the folded text, so that a text about one can still be told
apart from one about political violence (the CASE 2021 labels beyond ACLED's)."""

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
def _matchers(language: str) -> tuple[tuple[Happening, re.Pattern[str]], ...]:
    return tuple(
        (happening, re.compile(phrase_pattern(fold_phrases(happening.words), whole_words=True)))
        for happening in topic(language, Events).happenings
    )


def happenings(text: str, language: str | None) -> list[HappeningHit]:
    """Every happening named in ``text``, in text order (one hit per word found)."""
    if not language:
        return []
    folded = Folded.of(text)
    hits = [
        HappeningHit(happening, *folded.span(*match.span()))
        for happening, pattern in _matchers(language)
        for match in pattern.finditer(folded.text)
    ]
    return sorted(hits, key=lambda hit: (hit.start, hit.end))

"""Warm-up before forking workers: the knowledge's tables, and the tables that stages build the
first time an article needs them, for every language khabar ships.

A process that forks workers (``batch.extract_all``, ``python -m bench``) calls ``warm`` first, so the
workers share these tables copy-on-write instead of each building its own on the article that first
needs them (about 0.5 s of CPU a worker: the happening and number patterns, the Latin names filed by
sound, the ordinary words). What ``warm`` built is then moved out of the garbage collector's reach
(``gc.freeze``), like the knowledge's indexes (``knowledge.cache``). In a worker, ``tune_collector``
makes the youngest generation's collections rarer: an article allocates and drops many thousands of
small objects, and a worker's collections cost about 4 % of its time with Python's default threshold.
"""

from __future__ import annotations

import gc

from khabar.extractors.entities.foreign import sounds_like
from khabar.extractors.entities.known_bodies import body_keys
from khabar.extractors.entities.words import ordinary_words
from khabar.extractors.events.happenings import happenings
from khabar.extractors.numbers import find_numbers
from khabar.extractors.tolls import cumulative_cues
from khabar.knowledge.base import Knowledge
from khabar.lang import languages

YOUNG_COLLECTION = 10_000  # allocations between two collections of the youngest generation (Python: 700)


def warm(knowledge: Knowledge) -> None:
    """Build ``knowledge``'s tables and each shipped language's lazily built tables now, then freeze them."""
    knowledge.preload()
    body_keys(knowledge)
    sounds_like("")  # files the common Latin names by sound
    for code in languages():
        happenings("", code)
        find_numbers("", code)
        ordinary_words(code)
        cumulative_cues(code)
    gc.freeze()


def tune_collector() -> None:
    """Collect the youngest generation every ``YOUNG_COLLECTION`` allocations (in a worker process)."""
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])

"""The warm-up before forking workers, and a worker's collector."""

from __future__ import annotations

import gc

from khabar import batch
from khabar.extractors.entities.foreign import _by_key, sounds_like
from khabar.extractors.entities.known_bodies import body_keys
from khabar.extractors.entities.words import ordinary_words
from khabar.extractors.events.happenings import _matchers
from khabar.extractors.numbers import _grammar
from khabar.extractors.tolls import cumulative_cues
from khabar.knowledge.base import default_knowledge
from khabar.lang import languages
from khabar.warm import YOUNG_COLLECTION, tune_collector, warm

LAZY_TABLES = (sounds_like, _by_key, body_keys, ordinary_words, _matchers, _grammar, cumulative_cues)


def test_warm_builds_each_language_s_lazy_tables_and_freezes_them() -> None:
    for table in LAZY_TABLES:
        table.cache_clear()
    warm(default_knowledge())
    assert _by_key.cache_info().currsize == 1
    assert body_keys.cache_info().currsize == 1
    for table in (ordinary_words, _matchers, _grammar, cumulative_cues):
        assert table.cache_info().currsize == len(languages()) > 1, table
    assert not any(obj is _by_key() for obj in gc.get_objects())  # frozen: out of the collector's reach


def test_a_batch_worker_collects_its_youngest_generation_less_often() -> None:
    threshold = gc.get_threshold()
    try:
        gc.set_threshold(700, *threshold[1:])
        tune_collector()
        assert gc.get_threshold() == (YOUNG_COLLECTION, *threshold[1:])
        gc.set_threshold(700, *threshold[1:])
        batch._init_worker(())
        assert gc.get_threshold()[0] == YOUNG_COLLECTION
    finally:
        gc.set_threshold(*threshold)
        batch._worker_knowledge = None

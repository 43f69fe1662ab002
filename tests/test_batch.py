"""``extract_all``: many articles in input order, on one process or a pool."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from khabar import batch
from khabar.ingest import IngestError
from khabar.knowledge.base import default_knowledge
from khabar.schema import Article, RawArticle

TEXTS = [
    "Police in Chittagong arrested 12 dock workers on Monday.",
    "पटना में मंगलवार को 30 किसानों ने प्रदर्शन किया।",
    "Farmers marched in Lahore on 3 March 2022.",
    "लखनऊ में बुधवार को हड़ताल रही।",
    "Protesters gathered outside parliament in Colombo.",
]


def _items() -> list[RawArticle | IngestError]:
    items: list[RawArticle | IngestError] = [
        RawArticle(text=text, origin=f"item-{i}") for i, text in enumerate(TEXTS)
    ]
    items.insert(2, IngestError("broken.html", "not decodable"))
    return items


@pytest.mark.parametrize("workers", [1, 2])
def test_results_keep_input_order_and_errors_pass_through(workers: int) -> None:
    results = list(batch.extract_all(_items(), workers=workers))
    assert isinstance(results[2], IngestError) and results[2].origin == "broken.html"
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.text for a in articles] == TEXTS


def test_pool_results_match_one_process() -> None:
    alone = [r.model_dump() for r in batch.extract_all(_items(), workers=1) if isinstance(r, Article)]
    pooled = [r.model_dump() for r in batch.extract_all(_items(), workers=2) if isinstance(r, Article)]
    assert pooled == alone


def test_input_is_read_lazily() -> None:
    def items() -> Iterator[RawArticle]:
        for i, text in enumerate(TEXTS):
            yield RawArticle(text=text, origin=f"item-{i}")

    first = next(batch.extract_all(items(), workers=2))
    assert isinstance(first, Article) and first.text == TEXTS[0]


def test_fork_only_from_a_single_threaded_parent() -> None:
    if threading.active_count() == 1:
        assert batch._start_method() == "fork"
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert batch._start_method() == "forkserver"
    finally:
        release.set()
        other.join()


def test_preload_builds_every_table() -> None:
    knowledge = default_knowledge()
    knowledge.preload()
    assert {"actors", "gazetteer", "acronyms", "names", "actor_names"} <= set(vars(knowledge))
